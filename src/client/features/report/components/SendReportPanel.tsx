import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { Badge } from '@client/ui/badge';
import { Button } from '@client/ui/button';
import { ConfirmDialog } from '@client/ui/confirm-dialog';
import { formatDateTimeId, formatNumber, formatPercent } from '@client/ui/format';
import { paths } from '@client/ui/paths';
import type { WeeklyReportRow } from '@shared/coverage/api';
import { ROLE_LABELS } from '@shared/auth/roles';
import { downloadErrorText } from '../data/download';
import { weekLabel } from '../data/weeks';
import { useSendReport, useSubmissionList } from '../hooks/use-submissions';
import { deadlineText, STATUS_LABELS } from './status-text';

/**
 * The lurah's or staf's sending of the week they are looking at: whether it was sent (by whom,
 * when, on time or not), and the button to send it, or to send a correction as a new version.
 * The server stores the figures as they are at that moment, the same as the table below.
 */
export function SendReportPanel({
  week,
  kelurahanCode,
  total,
}: {
  week: string;
  kelurahanCode: string;
  /** The kelurahan's total row on screen, repeated in the confirmation. */
  total: WeeklyReportRow | undefined;
}) {
  const list = useSubmissionList(week, kelurahanCode);
  const send = useSendReport();
  const navigate = useNavigate();
  const [asking, setAsking] = useState(false);
  const own = list.data?.kelurahan.find((k) => k.kelurahanCode === kelurahanCode);
  const latest = own?.latest ?? null;
  const status = own ? STATUS_LABELS[own.status] : null;

  const confirm = () => {
    setAsking(false);
    send.mutate(
      { week, baseVersion: latest?.version ?? 0 },
      {
        onSuccess: (sent) =>
          void navigate(paths.reportSnapshot(sent.kelurahanCode, sent.week, sent.version)),
      },
    );
  };

  return (
    <section className="card send-panel" aria-labelledby="send-title">
      <h2 id="send-title">
        Kirim ke Sekda {status && <Badge tone={status.tone}>{status.label}</Badge>}
      </h2>
      {!own ? (
        <p className="small muted">
          {list.isError ? 'Status kiriman tidak dapat dimuat.' : 'Memuat status kiriman…'}
        </p>
      ) : latest ? (
        <p className="small">
          Versi {latest.version} dikirim oleh {latest.sentBy.name} (
          {ROLE_LABELS[latest.sentBy.role]}
          ), {formatDateTimeId(latest.sentAt)}.{' '}
          <Link to={paths.reportSnapshot(kelurahanCode, week, latest.version)}>
            Lihat yang terkirim
          </Link>
        </p>
      ) : (
        <p className="small">
          Batas kirim: {deadlineText(week)}
          {own.status === 'late' ? ' (sudah lewat).' : '.'} Periksa angka di bawah, lalu kirim.
        </p>
      )}
      <Button
        variant={latest ? 'secondary' : 'primary'}
        disabled={!own || send.isPending || !total}
        onClick={() => setAsking(true)}
      >
        {send.isPending
          ? 'Mengirim…'
          : latest
            ? `Kirim koreksi (versi ${latest.version + 1})`
            : 'Kirim laporan minggu ini'}
      </Button>
      {send.isError && (
        <p className="alert alert-error" role="alert">
          {downloadErrorText(send.error)}
        </p>
      )}
      <ConfirmDialog
        open={asking}
        title={latest ? 'Kirim koreksi laporan?' : 'Kirim laporan ke Sekda?'}
        confirmLabel={latest ? 'Kirim koreksi' : 'Kirim'}
        onConfirm={confirm}
        onCancel={() => setAsking(false)}
      >
        <p>
          {weekLabel(week)}
          {total &&
            `: ${formatNumber(total.lengkap)} dari ${formatNumber(total.eligible)} sasaran lengkap (${formatPercent(total.pctLengkap)}).`}
        </p>
        <p className="small muted">
          Angka yang terkirim disimpan apa adanya dan tidak berubah lagi.
          {latest && ` Versi ${latest.version} tetap tersimpan; perubahannya ditampilkan.`}
        </p>
      </ConfirmDialog>
    </section>
  );
}
