import type { ReactNode } from 'react';
import { formatDateId } from '@client/ui/format';
import { findKelurahan } from '@shared/wilayah/wilayah';

/** Whose letterhead and whose signature: a kelurahan's lurah, or the city's health office. */
export type DocumentIssuer = { kelurahanCode: string } | { kota: true };

/**
 * The report as a printed document (A4, report.css `@media print`): the letterhead of Kota
 * Bekasi and the issuing office, the body, and the signature block (place and date, office,
 * name, NIP). The letterhead and signatures show only on paper; the screen has its own header.
 */
export function ReportDocument({
  issuer,
  signer,
  date,
  children,
}: {
  issuer: DocumentIssuer;
  /** The signer's name when known (the lurah who sent it); else a line to write it on. */
  signer?: string | null;
  /** The document's date (ISO day). */
  date: string;
  children: ReactNode;
}) {
  const kelurahan = 'kelurahanCode' in issuer ? findKelurahan(issuer.kelurahanCode) : undefined;
  const office = kelurahan ? `Lurah ${kelurahan.name}` : 'Kepala Dinas Kesehatan Kota Bekasi';
  return (
    <article className="report-document">
      <header className="print-only letterhead">
        <p className="letterhead-gov">PEMERINTAH KOTA BEKASI</p>
        {kelurahan ? (
          <>
            <p className="letterhead-office">KECAMATAN {kelurahan.kecamatanName.toUpperCase()}</p>
            <p className="letterhead-office">KELURAHAN {kelurahan.name.toUpperCase()}</p>
          </>
        ) : (
          <p className="letterhead-office">DINAS KESEHATAN</p>
        )}
      </header>
      {children}
      <footer className="print-only signatures">
        <div className="signature">
          <p>Bekasi, {formatDateId(date)}</p>
          <p>{office}</p>
          <p className="signature-space" aria-hidden="true" />
          <p className="signature-name">{signer || '(.................................)'}</p>
          <p>NIP. ...................................</p>
        </div>
      </footer>
    </article>
  );
}
