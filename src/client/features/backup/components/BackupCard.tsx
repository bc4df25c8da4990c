import { useRef, useState } from 'react';
import { Button } from '@client/ui/button';
import { formatNumber } from '@client/ui/format';
import { ProgressBar } from '@client/ui/progress-bar';
import { backupNeedsPassphrase, type ImportResult } from '../data/backup-file';
import { PassphraseForm } from './PassphraseForm';

type Phase =
  | { kind: 'idle' }
  | { kind: 'ask'; what: 'export' }
  | { kind: 'ask'; what: 'import'; file: File }
  | { kind: 'busy'; what: 'export' | 'import'; done: number; total: number }
  | { kind: 'done'; message: string }
  | { kind: 'error'; message: string };

/** "Ekspor cadangan" downloads a file; "Impor cadangan" reads one back, with progress. */
export function BackupCard({
  onExport,
  onImport,
}: {
  onExport: (passphrase: string) => Promise<{ blob: Blob; fileName: string }>;
  onImport: (
    file: File,
    passphrase: string | undefined,
    onProgress: (done: number, total: number) => void,
  ) => Promise<ImportResult>;
}) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const busy = phase.kind === 'busy';

  const exportNow = async (passphrase: string) => {
    setPhase({ kind: 'busy', what: 'export', done: 0, total: 0 });
    try {
      const { blob, fileName } = await onExport(passphrase);
      download(blob, fileName);
      setPhase({
        kind: 'done',
        message: `Cadangan disimpan sebagai ${fileName} (folder Unduhan).`,
      });
    } catch (error) {
      setPhase({ kind: 'error', message: messageOf(error, 'Ekspor gagal.') });
    }
  };

  const chooseFile = async (file: File) => {
    if (input.current) input.current.value = '';
    if (await backupNeedsPassphrase(file)) setPhase({ kind: 'ask', what: 'import', file });
    else await importFile(file, undefined);
  };

  const importFile = async (file: File, passphrase: string | undefined) => {
    setPhase({ kind: 'busy', what: 'import', done: 0, total: 0 });
    try {
      const result = await onImport(file, passphrase, (done, total) =>
        setPhase({ kind: 'busy', what: 'import', done, total }),
      );
      setPhase({
        kind: 'done',
        message: `Impor selesai: ${formatNumber(result.records)} data dan ${formatNumber(result.mutations)} perubahan dipulihkan.`,
      });
    } catch (error) {
      setPhase({
        kind: 'error',
        message: messageOf(error, 'Impor gagal. Tidak ada data yang diubah.'),
      });
    } finally {
      if (input.current) input.current.value = '';
    }
  };

  return (
    <section className="card">
      <h2>Cadangan</h2>
      <p className="muted small">
        Simpan salinan semua data dan perubahan yang belum terkirim ke sebuah file, misalnya sebelum
        ganti HP. Impor menggabungkan file itu dengan data di HP ini tanpa menimpa yang lebih baru.
      </p>
      <div className="actions">
        <Button
          variant="primary"
          onClick={() => setPhase({ kind: 'ask', what: 'export' })}
          disabled={busy}
        >
          Ekspor cadangan
        </Button>
        <Button onClick={() => input.current?.click()} disabled={busy}>
          Impor cadangan
        </Button>
      </div>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        className="visually-hidden"
        aria-label="Pilih file cadangan"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) void chooseFile(file);
        }}
      />
      {phase.kind === 'ask' && (
        <PassphraseForm
          key={phase.what}
          mode={phase.what}
          onCancel={() => setPhase({ kind: 'idle' })}
          onSubmit={(passphrase) =>
            void (phase.what === 'export'
              ? exportNow(passphrase)
              : importFile(phase.file, passphrase))
          }
        />
      )}
      {phase.kind === 'busy' && (
        <div style={{ marginTop: '0.75rem' }} role="status">
          <p className="small">
            {phase.what === 'export'
              ? 'Menyiapkan file…'
              : `Mengimpor… ${phase.total ? `${formatNumber(phase.done)} / ${formatNumber(phase.total)}` : ''}`}
          </p>
          {phase.what === 'import' && (
            <ProgressBar
              value={phase.total ? phase.done / phase.total : 0}
              label="Kemajuan impor"
            />
          )}
        </div>
      )}
      {phase.kind === 'done' && (
        <div className="alert alert-ok" role="status" style={{ marginTop: '0.75rem' }}>
          {phase.message}
        </div>
      )}
      {phase.kind === 'error' && (
        <div className="alert alert-error" role="alert" style={{ marginTop: '0.75rem' }}>
          {phase.message}
        </div>
      )}
    </section>
  );
}

function download(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function messageOf(error: unknown, fallback: string): string {
  return error instanceof Error && error.message ? error.message : fallback;
}
