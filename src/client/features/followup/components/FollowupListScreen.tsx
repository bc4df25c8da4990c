import { Link } from 'react-router-dom';
import { Loading, PageHeader } from '@client/ui/page-header';
import { paths } from '@client/ui/paths';
import { formatRwRt, type Area } from '@shared/wilayah/wilayah';
import type { OpenFollowup } from '../data/open-followups';
import { useOpenFollowups } from '../hooks/use-open-followups';
import { FollowupBadges } from './FollowupBadges';

/**
 * "Tindak lanjut": what the lurah or ketua RW asked to be done, RT by RT. Each item opens the
 * household; it leaves the list by itself once the dose or the visit is recorded.
 */
export function FollowupListScreen({ area }: { area: Area }) {
  const groups = useOpenFollowups(area);
  if (!groups) return <Loading />;
  return (
    <div>
      <PageHeader title="Tindak lanjut" back={paths.home} />
      <p className="muted small">
        Warga belum vaksin dan rumah yang perlu dikunjungi ulang, dari lurah atau ketua RW. Selesai
        dengan sendirinya setelah vaksin atau kunjungan dicatat.
      </p>
      {groups.length === 0 ? (
        <div className="card empty" data-testid="followups-empty">
          <p>Tidak ada tindak lanjut yang terbuka.</p>
        </div>
      ) : (
        groups.map((group) => (
          <section key={group.rt} aria-label={`RT ${formatRwRt(group.rt)}`}>
            <h2 className="area-group-title">
              RT {formatRwRt(group.rt)} · {group.items.length}
            </h2>
            <ul className="hh-list">
              {group.items.map((item) => (
                <li key={item.id} className="hh-list-item">
                  <FollowupRow item={item} />
                </li>
              ))}
            </ul>
          </section>
        ))
      )}
    </div>
  );
}

function FollowupRow({ item }: { item: OpenFollowup }) {
  return (
    <Link to={paths.household(item.householdId)} className="hh-row" data-testid="followup-item">
      <div className="hh-row-main">
        <div className="hh-row-address">{item.name}</div>
        <div className="hh-row-head">
          {item.address}
          {item.assignedByName && <span className="muted"> · dari {item.assignedByName}</span>}
        </div>
        <FollowupBadges item={item} />
      </div>
      <span className="hh-row-chevron" aria-hidden="true">
        ›
      </span>
    </Link>
  );
}
