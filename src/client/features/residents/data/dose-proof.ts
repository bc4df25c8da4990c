import type { IsoDate } from '@shared/dates';
import {
  mismatchMessage,
  proofMismatches,
  readCertificateQr,
  type ProofMismatch,
} from '@shared/domain/certificate-qr';
import type { DoseProofFields } from '@shared/domain/dose';
import { householdIdOfSticker } from '@shared/domain/household-sticker';
import type { DoseProof } from '@shared/domain/vaccination';

export const PROOF_LABELS: Record<DoseProof, string> = {
  qr: 'QR sertifikat dipindai',
  kartu: 'Kartu vaksin dilihat',
  ucapan: 'Hanya ucapan',
};

/** A dose's proof as shown: a dose recorded before proofs existed was stated only. */
export function proofLabel(proof: DoseProof | null | undefined): string {
  return PROOF_LABELS[proof ?? 'ucapan'];
}

/** The longest QR text kept (the schema's limit for `proofText`). */
const MAX_PROOF_TEXT = 500;

/** The resident as the form holds it now, to compare a certificate with. */
export type ProofHolder = { name: string; nik: string | null };

/**
 * The proof fields a dose is saved with: a scanned QR keeps its text and what in it disagrees
 * with the resident and the dose's date; the other proofs keep no text.
 */
export function proofFields(
  proof: DoseProof,
  qrText: string,
  holder: ProofHolder,
  doseDate: IsoDate,
): DoseProofFields {
  if (proof !== 'qr') return { proof, proofText: null, proofMismatch: null };
  const text = qrText.slice(0, MAX_PROOF_TEXT);
  return { proof, proofText: text, proofMismatch: mismatchesOf(text, holder, doseDate) };
}

export function mismatchesOf(text: string, holder: ProofHolder, doseDate: IsoDate): ProofMismatch[] {
  return proofMismatches(readCertificateQr(text), holder, doseDate);
}

/** The warning for a dose whose certificate QR disagrees with the resident, or null. */
export function proofWarning(fields: Partial<DoseProofFields>): string | null {
  return fields.proof === 'qr' ? mismatchMessage(fields.proofMismatch ?? []) : null;
}

/** Why a scanned text is not taken as a certificate (a household's sticker), or null. */
export function refuseCertificateText(text: string): string | null {
  return householdIdOfSticker(text)
    ? 'Ini stiker rumah, bukan QR sertifikat vaksin. Pindai QR pada sertifikat warga.'
    : null;
}
