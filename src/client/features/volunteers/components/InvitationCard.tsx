import { lazy, Suspense, useState } from 'react';
import type { CreatedInvitation } from '@shared/auth/api';
import { ROLE_LABELS } from '@shared/auth/roles';
import { Button } from '@client/ui/button';
import { formatDateTimeId } from '@client/ui/format';
import { Loading } from '@client/ui/page-header';
import { describeUserArea } from './describe-area';

const QrCode = lazy(() => import('@client/ui/qr-code').then((m) => ({ default: m.QrCode })));

/**
 * A new invitation, to show to the invited person: the code large (to read out or type),
 * a QR code of the link (to scan with the phone's camera), the link to copy or share
 * (WhatsApp), and when it expires. The server keeps only a hash: this is the one time the
 * code can be seen.
 */
export function InvitationCard({ invitation }: { invitation: CreatedInvitation }) {
  const link = new URL(invitation.link, window.location.origin).href;
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard?.writeText(link).catch(() => undefined);
    setCopied(true);
  };
  const share =
    typeof navigator.share === 'function'
      ? () =>
          void navigator
            .share({
              title: 'Undangan Pintu',
              text: `Kode undangan Pintu: ${invitation.code}`,
              url: link,
            })
            .catch(() => undefined)
      : null;

  return (
    <section className="card" aria-labelledby="invitation-title">
      <h2 id="invitation-title">Undangan untuk {ROLE_LABELS[invitation.role]}</h2>
      <p className="small muted">
        {invitation.name ? `${invitation.name} · ` : ''}
        {describeUserArea(invitation.area)}
      </p>
      <p className="muted small" style={{ marginBottom: 0 }}>
        Kode undangan
      </p>
      <p
        data-testid="invitation-code"
        style={{
          fontSize: '2.2rem',
          fontWeight: 700,
          letterSpacing: '0.12em',
          margin: '0 0 0.8rem',
        }}
      >
        {invitation.code}
      </p>
      <Suspense fallback={<Loading text="Membuat kode QR…" />}>
        <QrCode text={link} label={`Kode QR tautan undangan ${invitation.code}`} />
      </Suspense>
      <p className="small" style={{ wordBreak: 'break-all', marginTop: '0.8rem' }}>
        <a href={link}>{link}</a>
      </p>
      <div className="actions">
        <Button onClick={() => void copy()}>{copied ? 'Tautan disalin ✓' : 'Salin tautan'}</Button>
        {share && <Button onClick={share}>Bagikan</Button>}
      </div>
      <p className="small muted">
        Berlaku sampai {formatDateTimeId(invitation.expiresAt)}, sekali pakai. Kode ini hanya
        ditampilkan sekarang.
      </p>
    </section>
  );
}
