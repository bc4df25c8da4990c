import { Badge } from '@client/ui/badge';
import { formatDateId } from '@client/ui/format';
import { FOLLOWUP_KIND_LABELS } from '@shared/domain/followup-status';
import { REASON_LABELS } from '@shared/domain/vaccination';
import type { OpenFollowup } from '../data/open-followups';

/** What a follow-up asks, as badges (kind, reason, due date), and its note below them. */
export function FollowupBadges({ item }: { item: OpenFollowup }) {
  return (
    <>
      <div className="badges">
        <Badge tone={item.kind === 'belum-vaksin' ? 'red' : 'blue'}>
          {FOLLOWUP_KIND_LABELS[item.kind]}
        </Badge>
        {item.reason && <Badge tone="amber">{REASON_LABELS[item.reason]}</Badge>}
        {item.dueDate && <Badge>Target {formatDateId(item.dueDate)}</Badge>}
      </div>
      {item.note && <div className="muted small">{item.note}</div>}
    </>
  );
}
