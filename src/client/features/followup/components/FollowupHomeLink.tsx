import { Link } from 'react-router-dom';
import { paths } from '@client/ui/paths';
import type { Area } from '@shared/wilayah/wilayah';
import { countOpen } from '../data/open-followups';
import { useOpenFollowups } from '../hooks/use-open-followups';
import { useSignedInRole } from '../hooks/use-signed-in-role';

/**
 * On the home list: how many follow-ups wait, linking to them (nothing when none do); for a
 * ketua RW, who works door to door and hands out follow-ups too, also the way to do that.
 */
export function FollowupHomeLink({ area }: { area: Area }) {
  const groups = useOpenFollowups(area);
  const role = useSignedInRole();
  const open = groups ? countOpen(groups) : 0;
  return (
    <>
      {open > 0 && (
        <Link
          to={paths.followups}
          className="alert alert-info followup-link"
          data-testid="followup-count"
        >
          Tindak lanjut: <strong>{open}</strong> menunggu ›
        </Link>
      )}
      {role === 'ketua-rw' && (
        <Link to={paths.assignFollowups} className="small">
          Atur tindak lanjut untuk relawan ›
        </Link>
      )}
    </>
  );
}
