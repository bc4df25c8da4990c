import { useState, type FormEvent } from 'react';
import { MIN_PASSPHRASE_LENGTH } from '../data/backup-file';
import { Button } from '@client/ui/button';
import { TextField } from '@client/ui/field';

/**
 * The backup's passphrase: typed twice for an export (a typo would lock the file for good),
 * once for an import.
 */
export function PassphraseForm({
  mode,
  onSubmit,
  onCancel,
}: {
  mode: 'export' | 'import';
  onSubmit: (passphrase: string) => void;
  onCancel: () => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState<{ passphrase?: string; again?: string }>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: typeof errors = {};
    if (mode === 'export' && passphrase.length < MIN_PASSPHRASE_LENGTH) {
      next.passphrase = `Minimal ${MIN_PASSPHRASE_LENGTH} karakter.`;
    } else if (mode === 'import' && !passphrase) {
      next.passphrase = 'Isi kata sandi cadangan.';
    }
    if (mode === 'export' && again !== passphrase) next.again = 'Kata sandi tidak sama.';
    setErrors(next);
    if (!next.passphrase && !next.again) onSubmit(passphrase);
  };

  return (
    <form onSubmit={submit} style={{ marginTop: '0.75rem' }} noValidate>
      <TextField
        label="Kata sandi cadangan"
        type="password"
        className="input"
        value={passphrase}
        onChange={(e) => setPassphrase(e.target.value)}
        error={errors.passphrase}
        hint={
          mode === 'export'
            ? 'File dikunci dengan kata sandi ini. Tanpa kata sandi, file tidak bisa dibuka — catat di tempat aman.'
            : undefined
        }
        autoComplete={mode === 'export' ? 'new-password' : 'current-password'}
      />
      {mode === 'export' && (
        <TextField
          label="Ulangi kata sandi"
          type="password"
          className="input"
          value={again}
          onChange={(e) => setAgain(e.target.value)}
          error={errors.again}
          autoComplete="new-password"
        />
      )}
      <div className="actions">
        <Button type="submit" variant="primary">
          {mode === 'export' ? 'Buat file cadangan' : 'Buka cadangan'}
        </Button>
        <Button type="button" onClick={onCancel}>
          Batal
        </Button>
      </div>
    </form>
  );
}
