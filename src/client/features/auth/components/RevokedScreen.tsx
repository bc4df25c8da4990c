import type { Revoked } from '@client/sync';
import { Button } from '@client/ui/button';
import { formatDateTimeId, formatNumber } from '@client/ui/format';

/**
 * After the server revoked this phone or its user: the data is already gone; say so, say
 * whether unsent changes went with it, and offer enrollment with a new code.
 */
export function RevokedScreen({
  notice,
  onEnrollAgain,
}: {
  notice: Revoked;
  onEnrollAgain: () => void;
}) {
  return (
    <div className="card" role="alert">
      {notice.reason === 'wrong-pins' ? (
        <>
          <h1>Data di HP ini telah dihapus</h1>
          <p>
            PIN salah dimasukkan sepuluh kali berturut-turut. Karena itu semua data warga di HP ini
            sudah dihapus, sesuai aturan perlindungan data pribadi.
          </p>
        </>
      ) : (
        <>
          <h1>Akses Anda telah dicabut</h1>
          <p>
            Lurah atau admin telah mencabut akses perangkat ini (atau akun Anda). Karena itu semua
            data warga di HP ini sudah dihapus, sesuai aturan perlindungan data pribadi.
          </p>
        </>
      )}
      <p>
        {notice.unsentDeleted > 0 ? (
          <strong>
            {formatNumber(notice.unsentDeleted)} perubahan yang belum terkirim ikut terhapus.
          </strong>
        ) : (
          'Tidak ada perubahan yang belum terkirim.'
        )}
      </p>
      <p className="small muted">
        Tercatat di perangkat ini pada {formatDateTimeId(new Date(notice.revokedAt).toISOString())}.
        Jika ini keliru, hubungi lurah atau ketua RW Anda untuk kode undangan baru.
      </p>
      <Button variant="primary" block onClick={onEnrollAgain}>
        Daftar dengan kode undangan baru
      </Button>
    </div>
  );
}
