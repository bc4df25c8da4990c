import type { ReactNode } from 'react';
import { Button } from '@client/ui/button';
import { ConfirmDialog } from '@client/ui/confirm-dialog';
import { SelectField, TextField } from '@client/ui/field';
import type { FieldErrors } from '@shared/domain/validation';
import {
  NOT_VACCINATED_REASONS,
  REASON_LABELS,
  type NotVaccinatedReason,
} from '@shared/domain/vaccination';

const REASON_OPTIONS = NOT_VACCINATED_REASONS.map((r) => ({ value: r, label: REASON_LABELS[r] }));

/**
 * Why a resident is not vaccinated: shown while no dose is recorded. A resident in isoman
 * cannot be vaccinated now; the form offers that reason when another (or none) is chosen.
 */
export function ReasonSection({
  reason,
  note,
  onReason,
  onNote,
  errors,
  notice,
  inIsoman,
}: {
  reason: NotVaccinatedReason | '';
  note: string;
  onReason: (reason: NotVaccinatedReason | '') => void;
  onNote: (note: string) => void;
  errors: FieldErrors;
  notice: (field: 'notVaccinatedReason' | 'notVaccinatedNote') => ReactNode;
  inIsoman: boolean;
}) {
  return (
    <section className="card">
      <h2>Alasan belum vaksin</h2>
      <SelectField
        label="Alasan"
        optional
        value={reason}
        options={REASON_OPTIONS}
        onChange={(e) => onReason(e.target.value as NotVaccinatedReason | '')}
        error={errors.notVaccinatedReason}
      />
      {notice('notVaccinatedReason')}
      {inIsoman && reason !== 'isoman' && (
        <p className="small">
          Warga ini sedang isoman.{' '}
          <Button small onClick={() => onReason('isoman')}>
            Pakai alasan “{REASON_LABELS.isoman}”
          </Button>
        </p>
      )}
      <TextField
        label="Keterangan"
        optional
        value={note}
        onChange={(e) => onNote(e.target.value)}
        error={errors.notVaccinatedNote}
        extra={notice('notVaccinatedNote')}
      />
    </section>
  );
}

/** Deleting a resident entered by mistake, after a question. */
export function DeleteResident({
  name,
  open,
  onAsk,
  onConfirm,
  onCancel,
}: {
  name: string;
  open: boolean;
  onAsk: () => void;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  return (
    <>
      <Button variant="danger" block onClick={onAsk} style={{ marginTop: '1rem' }}>
        Hapus warga ini
      </Button>
      <ConfirmDialog
        open={open}
        title="Hapus warga?"
        confirmLabel="Ya, hapus"
        danger
        onConfirm={onConfirm}
        onCancel={onCancel}
      >
        <p>
          {name} beserta catatan dosis dan isomannya akan dihapus. Hanya untuk data yang salah
          masuk; warga yang pindah atau meninggal cukup diubah status tinggalnya.
        </p>
      </ConfirmDialog>
    </>
  );
}
