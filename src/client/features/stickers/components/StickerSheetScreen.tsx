import { QrCode } from '@client/ui/qr-code';
import { formatNumber } from '@client/ui/format';
import { Loading, PageHeader } from '@client/ui/page-header';
import { paths } from '@client/ui/paths';
import { findKelurahan, formatRwRt } from '@shared/wilayah/wilayah';
import { pagesOf, stickerUrl, type Sticker } from '../data/stickers';
import { useRwStickers } from '../hooks/use-rw-stickers';
import './stickers.css';

/**
 * The household QR stickers of the ketua RW's RW, to print on A4 label sheets (3 × 8, 70 × 37
 * mm): each QR opens the household's page (`/rumah/<id>`), with RT, RW and address beside it
 * and no personal data. Read from the phone, so it works with no signal.
 */
export function StickerSheetScreen({ kelurahanCode, rw }: { kelurahanCode: string; rw: number }) {
  const stickers = useRwStickers(kelurahanCode, rw);
  const kelurahan = findKelurahan(kelurahanCode)?.name ?? kelurahanCode;
  if (stickers === undefined) return <Loading />;
  const pages = pagesOf(stickers);
  return (
    <div className="sticker-sheet">
      <PageHeader title="Stiker QR rumah" back={paths.home} />
      <div className="sticker-intro">
        <p>
          {formatNumber(stickers.length)} rumah di RW {formatRwRt(rw)}, Kel. {kelurahan}:{' '}
          {formatNumber(pages.length)} lembar A4 (kertas label 3 × 8, 70 × 37 mm). Stiker hanya
          memuat kode rumah dan alamat, tanpa nama atau NIK. Relawan memindai stiker di pintu untuk
          membuka rumah itu di Pintu, juga tanpa sinyal.
        </p>
        <button
          type="button"
          className="btn btn-primary"
          disabled={stickers.length === 0}
          onClick={() => window.print()}
        >
          Cetak stiker
        </button>
      </div>
      {stickers.length === 0 ? (
        <p className="card empty">Belum ada rumah di RW ini pada HP ini. Sinkronkan dulu.</p>
      ) : (
        pages.map((page, i) => (
          <section key={i} className="sticker-page" aria-label={`Lembar ${i + 1}`}>
            {page.map((s) => (
              <StickerLabel key={s.householdId} sticker={s} kelurahan={kelurahan} />
            ))}
          </section>
        ))
      )}
    </div>
  );
}

function StickerLabel({ sticker: s, kelurahan }: { sticker: Sticker; kelurahan: string }) {
  return (
    <div className="sticker">
      <QrCode
        text={stickerUrl(location.origin, s.householdId)}
        label={`Kode QR rumah ${s.address}`}
        size="28mm"
      />
      <div className="sticker-text">
        <strong>
          RT {formatRwRt(s.rt)} / RW {formatRwRt(s.rw)}
        </strong>
        <span className="sticker-address">{s.address}</span>
        <span className="sticker-place">Kel. {kelurahan}</span>
        <span className="sticker-hint">Pintu · pindai untuk membuka rumah</span>
      </div>
    </div>
  );
}
