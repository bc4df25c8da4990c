import type { HouseholdCandidate, ResidentCandidate } from '@shared/followups/api';
import { REASON_LABELS } from '@shared/domain/vaccination';
import { formatRwRt } from '@shared/wilayah/wilayah';

export type Candidate =
  | { type: 'resident'; key: string; c: ResidentCandidate }
  | { type: 'household'; key: string; c: HouseholdCandidate };

/** Residents not yet vaccinated and houses to revisit, each with a box to tick. */
export function CandidateList({
  candidates,
  selected,
  onToggle,
}: {
  candidates: readonly Candidate[];
  selected: ReadonlySet<string>;
  onToggle: (key: string) => void;
}) {
  if (candidates.length === 0) {
    return <p className="muted">Tidak ada warga belum vaksin atau rumah yang perlu dikunjungi.</p>;
  }
  return (
    <ul className="pick-list" data-testid="candidates">
      {candidates.map((item) => {
        const given = item.c.openFollowup;
        return (
          <li key={item.key}>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={selected.has(item.key)}
                disabled={given !== null}
                onChange={() => onToggle(item.key)}
              />
              <span>
                <strong>{item.type === 'resident' ? item.c.name : item.c.headName}</strong> · RT{' '}
                {formatRwRt(item.c.rt)} · {item.c.address}
                <br />
                <span className="muted small">{describe(item)}</span>
                {given && (
                  <span className="muted small"> · sudah diberikan ke {given.assignedToName}</span>
                )}
              </span>
            </label>
          </li>
        );
      })}
    </ul>
  );
}

function describe(item: Candidate): string {
  if (item.type === 'household') {
    return item.c.why === 'tidak-ada-orang'
      ? 'Tidak ada orang saat dikunjungi'
      : 'Perlu kunjungan ulang';
  }
  const age = item.c.age === null ? '' : `${item.c.age} th · `;
  return `${age}Belum vaksin${item.c.reason ? `: ${REASON_LABELS[item.c.reason]}` : ''}`;
}
