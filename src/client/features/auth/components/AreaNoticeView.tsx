import { Link } from 'react-router-dom';
import { describeArea } from '@shared/auth/roles';
import { Button } from '@client/ui/button';
import { formatNumber } from '@client/ui/format';
import { paths } from '@client/ui/paths';
import { dismissAreaNotice } from '../data/area-notice';
import type { AreaNotice } from '@client/sync/area-notice';

/**
 * After the lurah changed the user's area: the new area, how many records left the phone, and
 * which unsent changes went to "Ditolak" (with the reason there), until the volunteer closes it.
 */
export default function AreaNoticeView({ notice }: { notice: AreaNotice }) {
  return (
    <div className="alert alert-info" role="status">
      <strong>Wilayah tugas Anda diubah</strong> menjadi {describeArea(notice.to)}.{' '}
      {notice.deletedRecords > 0
        ? `${formatNumber(notice.deletedRecords)} catatan di luar wilayah baru dihapus dari HP ini.`
        : 'Tidak ada catatan yang dihapus dari HP ini.'}{' '}
      {notice.rejectedChanges > 0 && (
        <>
          {formatNumber(notice.rejectedChanges)} perubahan yang belum terkirim dipindah ke{' '}
          <Link to={paths.data}>daftar Ditolak</Link>.{' '}
        </>
      )}
      <Button small variant="ghost" onClick={() => void dismissAreaNotice()}>
        Tutup
      </Button>
    </div>
  );
}
