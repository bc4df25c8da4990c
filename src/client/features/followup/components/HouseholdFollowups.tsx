import { Badge } from '@client/ui/badge';
import { formatDateId } from '@client/ui/format';
import { FOLLOWUP_KIND_LABELS } from '@shared/domain/followup-status';
import { REASON_LABELS } from '@shared/domain/vaccination';
import { useHouseholdFollowups } from '../hooks/use-household-followups';

/**
 * On the household page: what the lurah or ketua RW asked to be done at this house, open
 * ones only (nothing when none is). Leaves by itself once the dose or visit is recorded.
 */
export function HouseholdFollowups({ householdId }: { householdId: string }) {
  const items = useHouseholdFollowups(householdId);
  if (!items || items.length === 0) return null;
  return (
    <section className="card" aria-label="Tindak lanjut rumah ini">
      <h2>Tindak lanjut ({items.length})</h2>
      <ul className="plain-list">
        {items.map((item) => (
          <li key={item.id} data-testid="household-followup">
            <div>
              <strong>{item.name}</strong> · untuk {item.assignedToName}
              {item.assignedByName && <span className="muted"> · dari {item.assignedByName}</span>}
            </div>
            <div className="badges">
              <Badge tone={item.kind === 'belum-vaksin' ? 'red' : 'blue'}>
                {FOLLOWUP_KIND_LABELS[item.kind]}
              </Badge>
              {item.reason && <Badge tone="amber">{REASON_LABELS[item.reason]}</Badge>}
              {item.dueDate && <Badge>Target {formatDateId(item.dueDate)}</Badge>}
            </div>
            {item.note && <div className="muted small">{item.note}</div>}
          </li>
        ))}
      </ul>
    </section>
  );
}
