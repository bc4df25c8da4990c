import { useQueryClient } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { HttpError, NetworkError } from '@client/sync';
import { DownloadButtons } from '@client/ui/download-buttons';
import { SelectField } from '@client/ui/field';
import { formatNumber } from '@client/ui/format';
import { PageHeader } from '@client/ui/page-header';
import { ServerStatus } from '@client/ui/server-status';
import {
  RECONCILIATION_KINDS,
  type ReconciliationKind,
  type ReconciliationList,
} from '@shared/reconciliation/api';
import { findKelurahan, formatRwRt } from '@shared/wilayah/wilayah';
import { reconciliationKeys } from '../data/api';
import { askedNumber, askedRt, byRt, options } from '../data/filters';
import { useReconciliation, useReconciliationDownload } from '../hooks/use-reconciliation';
import { ResidentCard } from './ResidentCard';
import './reconciliation.css';

/** The kind asked in the URL (`?jenis=ucapan`), else both. */
const askedKind = (param: string | null): ReconciliationKind =>
  RECONCILIATION_KINDS.find((k) => k === param) ?? 'semua';

const KIND_OPTIONS = [
  { value: 'ucapan', label: 'Hanya ucapan (tanpa bukti)' },
  { value: 'tidak-cocok', label: 'Bukti QR tidak cocok' },
];

/**
 * The residents of a kelurahan (or of the ketua RW's RW) the puskesmas must reconcile: doses
 * stated only, and certificate QRs that disagree with the resident, by RW and RT. The lurah
 * narrows it to an RW and an RT (`?rw=3&rt=5`, asked of the server); a ketua RW (`fixedRw`)
 * sees theirs. NIKs are masked here; the CSV/XLSX download holds them whole for the lurah and
 * staf (`wholeNikExport`), who send it to the puskesmas.
 */
export function ReconciliationScreen({
  code,
  fixedRw,
  back,
  householdHref,
  wholeNikExport,
}: {
  code: string;
  fixedRw: number | null;
  back?: string;
  householdHref: (householdId: string) => string;
  wholeNikExport: boolean;
}) {
  const [params, setParams] = useSearchParams();
  const rw = fixedRw ?? askedNumber(params.get('rw'));
  const rt = rw ? askedRt(params.get('rt')) : null;
  const kind = askedKind(params.get('jenis'));
  const filter = { rw, rt, kind };
  const query = useReconciliation(code, filter);
  const download = useReconciliationDownload(code, filter);
  const cache = useQueryClient();
  // Wider lists only if already read: a filter never fetches names by itself.
  const whole = cache.getQueryData<ReconciliationList>(
    reconciliationKeys.list(code, { rw: null, rt: null, kind }),
  );
  const ofRw = rw
    ? cache.getQueryData<ReconciliationList>(reconciliationKeys.list(code, { rw, rt: null, kind }))
    : undefined;
  const setParam = (name: 'rw' | 'rt' | 'jenis', value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    if (name === 'rw') next.delete('rt');
    setParams(next, { replace: true });
  };
  const list = query.data;
  const place = `${fixedRw ? `RW ${formatRwRt(fixedRw)}, ` : ''}Kel. ${findKelurahan(code)?.name ?? code}`;
  const residents = list?.residents ?? [];
  return (
    <div className="recon-screen">
      <PageHeader title="Rekonsiliasi bukti vaksin" {...(back ? { back } : {})} />
      <p className="muted">
        {place}. Warga yang dosisnya hanya menurut ucapan, atau yang QR sertifikatnya tidak cocok,
        untuk dicocokkan puskesmas dengan data PCare.
      </p>
      <div className="recon-filters">
        {fixedRw === null && (
          <SelectField
            label="RW"
            placeholder="Semua RW"
            value={rw ? String(rw) : ''}
            options={options(whole, (r) => r.rw, rw).map((n) => ({
              value: String(n),
              label: `RW ${formatRwRt(n)}`,
            }))}
            onChange={(e) => setParam('rw', e.target.value)}
          />
        )}
        {rw !== null && (
          <SelectField
            label="RT"
            placeholder="Semua RT"
            value={rt ? String(rt) : ''}
            options={options(ofRw ?? (rt === null ? query.data : undefined), (r) => r.rt, rt).map(
              (n) => ({
                value: String(n),
                label: `RT ${formatRwRt(n)}`,
              }),
            )}
            onChange={(e) => setParam('rt', e.target.value)}
          />
        )}
        <SelectField
          label="Tampilkan"
          placeholder="Semua"
          value={kind === 'semua' ? '' : kind}
          options={KIND_OPTIONS}
          onChange={(e) => setParam('jenis', e.target.value)}
        />
      </div>
      <div className="recon-downloads">
        <DownloadButtons
          downloading={download.isPending ? download.variables : null}
          onDownload={(format) => download.mutate(format)}
        />
        <span className="small muted">
          {wholeNikExport
            ? 'Berkas untuk puskesmas: NIK ditulis lengkap. Simpan dan kirim dengan hati-hati.'
            : 'NIK di berkas tersamar, seperti di layar.'}
        </span>
      </div>
      {download.isError && (
        <p className="alert alert-error" role="alert">
          {downloadErrorText(download.error)}
        </p>
      )}
      <ServerStatus query={query} />
      {list && (
        <>
          <section className="card recon-totals" aria-label="Ringkasan rekonsiliasi">
            <div>
              <strong>{formatNumber(list.totals.statedOnly)}</strong> warga dengan dosis hanya
              menurut ucapan
            </div>
            <div>
              <strong>{formatNumber(list.totals.mismatched)}</strong> warga dengan QR sertifikat
              tidak cocok
            </div>
          </section>
          {list.more > 0 && (
            <p className="alert" role="note">
              Menampilkan {formatNumber(residents.length)} dari{' '}
              {formatNumber(residents.length + list.more)} warga. Pilih RW dan RT untuk melihat
              sisanya, atau unduh CSV/XLSX untuk daftar lengkap.
            </p>
          )}
          {residents.length === 0 ? (
            <p className="card empty">Tidak ada warga yang perlu dicocokkan.</p>
          ) : (
            byRt(residents).map((group) => (
              <section key={`${group.rw}/${group.rt}`} className="recon-group">
                <h2>
                  RW {formatRwRt(group.rw)} · RT {formatRwRt(group.rt)}
                  <span className="small muted">
                    {' '}
                    · {formatNumber(group.residents.length)} warga
                  </span>
                </h2>
                <ul
                  className="recon-list"
                  aria-label={`Warga RT ${formatRwRt(group.rt)} RW ${formatRwRt(group.rw)}`}
                >
                  {group.residents.map((r) => (
                    <ResidentCard
                      key={r.residentId}
                      resident={r}
                      href={householdHref(r.householdId)}
                    />
                  ))}
                </ul>
              </section>
            ))
          )}
        </>
      )}
    </div>
  );
}

function downloadErrorText(error: unknown): string {
  if (error instanceof NetworkError) return 'Perlu sinyal untuk mengunduh daftar. Coba lagi nanti.';
  if (error instanceof HttpError && error.status === 403) {
    return 'Anda tidak berhak mengunduh daftar wilayah ini.';
  }
  return 'Daftar tidak dapat diunduh. Coba lagi sebentar lagi.';
}
