import { Badge } from '@client/ui/badge';
import { ButtonLink } from '@client/ui/button';
import { formatDateTimeId, today } from '@client/ui/format';
import { paths } from '@client/ui/paths';
import { weekDueOn } from '@shared/reports/deadline';
import { isoWeekOf, weekLabel } from '../data/weeks';
import { useSubmissionList } from '../hooks/use-submissions';
import { deadlineText, STATUS_LABELS } from './status-text';
import './report.css';

/**
 * The lurah's (or staf's) reminder on the home screen: from Friday on, whether this week's
 * report is still to send, with the way to it; from Monday, last week's until it is sent
 * (then late). Says nothing Monday to Thursday once last week's went out.
 */
export function ReportDueCard({ kelurahanCode }: { kelurahanCode: string }) {
  const day = today();
  const week = weekDueOn(day);
  const list = useSubmissionList(week, kelurahanCode);
  const own = list.data?.kelurahan.find((k) => k.kelurahanCode === kelurahanCode);
  if (!own) return null;
  const sent = own.latest !== null;
  if (sent && week !== isoWeekOf(day)) return null;
  const status = STATUS_LABELS[own.status];
  return (
    <section
      className={`card report-due report-due-${own.status}`}
      aria-labelledby="report-due-title"
    >
      <h2 id="report-due-title">
        Laporan mingguan <Badge tone={status.tone}>{status.label}</Badge>
      </h2>
      {sent ? (
        <p className="small">
          {weekLabel(week)} sudah terkirim ke Sekda (versi {own.latest!.version},{' '}
          {formatDateTimeId(own.latest!.sentAt)}).
        </p>
      ) : (
        <p className="small">
          {weekLabel(week)} <strong>belum dikirim</strong> ke Sekda. Batas kirim{' '}
          {deadlineText(week)}
          {own.status === 'late' ? ', sudah lewat.' : '.'}
        </p>
      )}
      <ButtonLink
        to={
          sent
            ? paths.reportSnapshot(kelurahanCode, week, own.latest!.version)
            : paths.weeklyReportOf(week)
        }
        variant={sent ? 'secondary' : 'primary'}
        block
      >
        {sent ? 'Lihat laporan terkirim' : 'Periksa dan kirim laporan'}
      </ButtonLink>
    </section>
  );
}
