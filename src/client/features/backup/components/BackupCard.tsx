import { useRef, useState } from 'react';
import { Button } from '@client/ui/button';
import { formatNumber } from '@client/ui/format';
import { ProgressBar } from '@client/ui/progress-bar';
import type { ImportResult } from '../data/backup-file';

type Phase =
  | { kind: 'idle' }
  | { kind: 'busy'; what: 'export' | 'import'; done: number; total: number }
  | { kind: 'done'; message: string }
  | { kind: 'error'; message: string };

/** "Ekspor cadangan" downloads a file; "Impor cadangan" reads one back, with progress. */
export function BackupCard({
  onExport,
  onImport,
}: {
  onExport: () => Promise<{ blob: Blob; fileName: string }>;
  onImport: (
    file: File,
    onProgress: (done: number, total: number) => void,
  ) => Promise<ImportResult>;
}) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const input = useRef<HTMLInputElement>(null);
  const busy = phase.kind === 'busy';

  const exportNow = async () => {
    setPhase({ kind: 'busy', what: 'export', done: 0, total: 0 });
    try {
      const { blob, fileName } = await onExport();
      download(blob, fileName);
      setPhase({
        kind: 'done',
        message: `Cadangan disimpan sebagai ${fileName} (folder Unduhan).`,
      });
    } catch (error) {
      setPhase({ kind: 'error', message: messageOf(error, 'Ekspor gagal.') });
    }
  };

  const importFile = async (file: File) => {
    setPhase({ kind: 'busy', what: 'import', done: 0, total: 0 });
    try {
      const result = await onImport(file, (done, total) =>
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
        <Button variant="primary" onClick={exportNow} disabled={busy}>
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
          if (file) void importFile(file);
        }}
      />
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
