import { useHouseholdFollowups } from '../hooks/use-household-followups';
import { FollowupBadges } from './FollowupBadges';

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
            <FollowupBadges item={item} />
          </li>
        ))}
      </ul>
    </section>
  );
}
