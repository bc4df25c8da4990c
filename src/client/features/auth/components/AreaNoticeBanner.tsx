import { lazy, Suspense } from 'react';
import { useAreaNotice } from '../hooks/use-area-notice';

// Its words are their own chunk: the notice shows once after an area change, and the first
// route's budget (docs/benchmarks.md) has no room for what almost never shows.
const AreaNoticeView = lazy(() => import('./AreaNoticeView'));

/**
 * After the lurah changed the user's area: the new area, how many records left the phone, and
 * which unsent changes went to "Ditolak" (with the reason there), until the volunteer closes it.
 */
export function AreaNoticeBanner() {
  const notice = useAreaNotice();
  if (!notice) return null;
  return (
    <Suspense fallback={null}>
      <AreaNoticeView notice={notice} />
    </Suspense>
  );
}
