import { Link } from 'react-router-dom';
import { paths } from '@client/ui/paths';
import type { Area } from '@shared/wilayah/wilayah';
import { countOpen } from '../data/open-followups';
import { useOpenFollowups } from '../hooks/use-open-followups';

/** On the home list: how many follow-ups wait, linking to them; nothing when none do. */
export function FollowupHomeLink({ area }: { area: Area }) {
  const groups = useOpenFollowups(area);
  const open = groups ? countOpen(groups) : 0;
  if (open === 0) return null;
  return (
    <Link
      to={paths.followups}
      className="alert alert-info followup-link"
      data-testid="followup-count"
    >
      Tindak lanjut: <strong>{open}</strong> menunggu ›
    </Link>
  );
}
