import { useState } from 'react';
import { Button } from '@client/ui/button';
import { Choices } from '@client/ui/field';
import { QrScanDialog } from '@client/ui/scanner';
import { DOSE_PROOFS, type DoseProof } from '@shared/domain/vaccination';
import {
  mismatchesOf,
  PROOF_LABELS,
  proofWarning,
  refuseCertificateText,
  type ProofHolder,
} from '../data/dose-proof';

const PROOF_OPTIONS = DOSE_PROOFS.map((p) => ({ value: p, label: PROOF_LABELS[p] }));

export type ProofChoice = { proof: DoseProof; qrText: string };

/**
 * "Bukti": how the dose was proven. Choosing the certificate QR opens the scanner; what it
 * read is shown, and a warning when the QR's name, NIK or date disagree with the resident and
 * the dose's date (compared again as they change).
 */
export function ProofField({
  name,
  value,
  holder,
  doseDate,
  error,
  onChange,
}: {
  /** Unique per form, for the radio group. */
  name: string;
  value: ProofChoice;
  holder: ProofHolder;
  doseDate: string;
  error?: string;
  onChange: (next: ProofChoice) => void;
}) {
  const [scanning, setScanning] = useState(false);
  const scanned = value.proof === 'qr' && value.qrText !== '';
  const warning = scanned
    ? proofWarning({ proof: 'qr', proofMismatch: mismatchesOf(value.qrText, holder, doseDate) })
    : null;
  return (
    <div className="proof-field">
      <Choices
        legend="Bukti dosis"
        name={name}
        value={value.proof}
        options={PROOF_OPTIONS}
        error={error}
        onChange={(proof) => {
          onChange({ ...value, proof });
          if (proof === 'qr' && !value.qrText) setScanning(true);
        }}
      />
      {value.proof === 'qr' && (
        <div className="proof-qr">
          {scanned && (
            <p className="small">
              Isi QR: <span className="proof-text">{value.qrText}</span>
            </p>
          )}
          <Button small onClick={() => setScanning(true)}>
            {scanned ? 'Pindai ulang' : 'Pindai QR sertifikat'}
          </Button>
        </div>
      )}
      {warning && (
        <p className="alert alert-warning" role="alert">
          {warning}
        </p>
      )}
      <QrScanDialog
        open={scanning}
        title="Pindai QR sertifikat vaksin"
        hint="Arahkan kamera ke QR pada sertifikat vaksin (PeduliLindungi / SatuSehat)."
        onClose={() => setScanning(false)}
        onScan={(text) => {
          const refused = refuseCertificateText(text);
          if (refused) return refused;
          onChange({ proof: 'qr', qrText: text });
          setScanning(false);
          return null;
        }}
      />
    </div>
  );
}
