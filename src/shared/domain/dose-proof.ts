import type { DoseProof, PROOF_MISMATCHES } from './vaccination';

/** What a dose says of its proof (the contract's fields of doseSchema). */
export type DoseProofFields = {
  proof?: DoseProof | null | undefined;
  proofMismatch?: readonly (typeof PROOF_MISMATCHES)[number][] | null | undefined;
};

/**
 * Stated only: no proof recorded (a dose from before proofs, or `ucapan`). These are the doses
 * the puskesmas reconciles with the certificates (PCare gaps).
 */
export function isStatedOnly(dose: DoseProofFields): boolean {
  return dose.proof == null || dose.proof === 'ucapan';
}

/**
 * Proven: a certificate QR scanned or the vaccination card seen. A QR that disagrees with the
 * resident still proves a dose was given (it is listed for reconciliation as mismatched).
 */
export function isProven(dose: DoseProofFields): boolean {
  return dose.proof === 'qr' || dose.proof === 'kartu';
}

/** A certificate QR was scanned but its name, NIK or date disagrees with the resident. */
export function hasMismatchedProof(dose: DoseProofFields): boolean {
  return dose.proof === 'qr' && (dose.proofMismatch?.length ?? 0) > 0;
}
