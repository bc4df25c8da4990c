import { Navigate } from 'react-router-dom';
import { StickerSheetScreen } from '@client/features/stickers';
import { Loading } from '@client/ui/page-header';
import { paths } from '@client/ui/paths';
import { useViewerArea } from './viewer-home';

/**
 * `/stiker-rumah`: the ketua RW's sticker sheet of their RW (their phone holds it whole); the
 * others go home (a relawan's phone holds only their RTs, a lurah's none).
 */
export function StickersRoute() {
  const area = useViewerArea();
  if (area === undefined) return <Loading />;
  if (area?.role !== 'ketua-rw' || area.rw === null) return <Navigate to={paths.home} replace />;
  return <StickerSheetScreen kelurahanCode={area.kelurahanCode} rw={area.rw} />;
}
