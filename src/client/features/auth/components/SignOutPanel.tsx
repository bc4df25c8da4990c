import { useState } from 'react';
import { Button } from '@client/ui/button';
import { ConfirmDialog } from '@client/ui/confirm-dialog';
import { formatNumber } from '@client/ui/format';
import { countUnsent, signOut } from '../data/sign-out';
import { useUnsentCount } from '../hooks/use-auth';

type Step = { kind: 'idle' } | { kind: 'sending' } | { kind: 'confirm'; unsent: number };

/**
 * "Keluar": first sends what waits in the outbox; if something could not be sent, says how
 * many changes would be lost and asks again; then signs out, deletes everything on the phone
 * and starts over at enrollment (a full page load, so nothing stays in memory either).
 */
export function SignOutPanel({
  pushNow,
  forgotPin = false,
  onCancel,
}: {
  pushNow: () => Promise<void>;
  forgotPin?: boolean;
  onCancel?: () => void;
}) {
  const pending = useUnsentCount();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [leaving, setLeaving] = useState(false);

  const start = async () => {
    setStep({ kind: 'sending' });
    await pushNow().catch(() => undefined);
    setStep({ kind: 'confirm', unsent: await countUnsent() });
  };
  const leave = async () => {
    setLeaving(true);
    await signOut();
    window.location.replace('/daftar');
  };

  return (
    <section className="card">
      <h2>{forgotPin ? 'Lupa PIN' : 'Keluar dari perangkat ini'}</h2>
      <p className="small">
        {forgotPin
          ? 'PIN tidak bisa dipulihkan. Keluar dari perangkat ini, lalu minta kode undangan baru kepada lurah atau ketua RW untuk mendaftar lagi.'
          : 'Semua data di HP ini akan dihapus. Data yang sudah terkirim tetap aman di server.'}
      </p>
      {pending !== undefined && pending > 0 && (
        <p className="small">{formatNumber(pending)} perubahan masih menunggu dikirim.</p>
      )}
      <div className="actions">
        {onCancel && <Button onClick={onCancel}>Kembali</Button>}
        <Button
          variant="danger"
          block={!onCancel}
          disabled={step.kind === 'sending'}
          onClick={() => void start()}
        >
          {step.kind === 'sending' ? 'Mengirim perubahan…' : 'Keluar'}
        </Button>
      </div>
      <ConfirmDialog
        open={step.kind === 'confirm'}
        title={
          step.kind === 'confirm' && step.unsent > 0
            ? `${formatNumber(step.unsent)} perubahan belum terkirim`
            : 'Keluar dan hapus data di HP ini?'
        }
        confirmLabel={leaving ? 'Menghapus…' : 'Keluar dan hapus'}
        danger
        onConfirm={() => void leave()}
        onCancel={() => setStep({ kind: 'idle' })}
      >
        {step.kind === 'confirm' && step.unsent > 0 ? (
          <p>
            Perubahan ini belum sampai ke server (tidak ada sinyal?) dan akan{' '}
            <strong>hilang</strong> jika Anda keluar sekarang. Sebaiknya cari sinyal dan coba lagi.
          </p>
        ) : (
          <p>Semua perubahan sudah terkirim. Data warga di HP ini akan dihapus.</p>
        )}
      </ConfirmDialog>
    </section>
  );
}
