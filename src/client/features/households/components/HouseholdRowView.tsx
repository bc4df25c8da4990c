import { Link } from 'react-router-dom';
import { Badge } from '@client/ui/badge';
import { formatDateId } from '@client/ui/format';
import { paths } from '@client/ui/paths';
import { VISIT_OUTCOME_LABELS } from '@shared/domain/visit-outcome';
import { formatRwRt } from '@shared/wilayah/wilayah';
import type { HouseholdRow } from '../data/household-rows';
import type { MatchedPerson } from '../data/search-matches';
import { MatchedPeople } from './MatchedPeople';

/**
 * One household in the list: where, who, and what still needs doing there; under it, during a
 * search, the residents whose name or NIK matched.
 */
export function HouseholdRowView({
  row,
  showRt,
  complete,
  matched,
}: {
  row: HouseholdRow;
  showRt: boolean;
  /** False while residents, doses and visits are still being read: no badges yet. */
  complete: boolean;
  matched?: { people: readonly MatchedPerson[]; query: string } | undefined;
}) {
  if (!matched?.people.length)
    return <HouseholdLink row={row} showRt={showRt} complete={complete} />;
  return (
    <div className="hh-row-group">
      <HouseholdLink row={row} showRt={showRt} complete={complete} />
      <MatchedPeople people={matched.people} query={matched.query} />
    </div>
  );
}

function HouseholdLink({
  row,
  showRt,
  complete,
}: {
  row: HouseholdRow;
  showRt: boolean;
  complete: boolean;
}) {
  return (
    <Link to={paths.household(row.id)} className="hh-row">
      <div className="hh-row-main">
        <div className="hh-row-address">{row.address}</div>
        <div className="hh-row-head">
          {row.headName}
          {showRt && <span className="muted"> · RT {formatRwRt(row.rt)}</span>}
          {complete && <span className="muted"> · {row.residents} warga</span>}
        </div>
        {complete ? <HouseholdBadges row={row} /> : <div className="badges badges-pending" />}
      </div>
      <span className="hh-row-chevron" aria-hidden="true">
        ›
      </span>
    </Link>
  );
}

export function HouseholdBadges({
  row,
}: {
  row: Pick<
    HouseholdRow,
    | 'visited'
    | 'revisitNeeded'
    | 'revisitDate'
    | 'unfinishedOutcome'
    | 'unvaccinated'
    | 'activeIsoman'
  >;
}) {
  const ok = row.visited && !row.revisitNeeded && row.unvaccinated === 0 && row.activeIsoman === 0;
  const revisit = `Kunjungan ulang${row.revisitDate ? ` ${formatDateId(row.revisitDate)}` : ''}`;
  return (
    <div className="badges">
      {row.unfinishedOutcome ? (
        // Nobody home or refused: not visited yet, and due back (amber, like not visited).
        <Badge tone="amber">
          {VISIT_OUTCOME_LABELS[row.unfinishedOutcome]} · {revisit}
        </Badge>
      ) : (
        <>
          {!row.visited && <Badge tone="amber">Belum dikunjungi</Badge>}
          {row.revisitNeeded && <Badge tone="blue">{revisit}</Badge>}
        </>
      )}
      {row.unvaccinated > 0 && <Badge tone="red">{row.unvaccinated} warga belum vaksin</Badge>}
      {row.activeIsoman > 0 && <Badge tone="purple">Isoman</Badge>}
      {ok && <Badge tone="green">Sudah dikunjungi</Badge>}
    </div>
  );
}
