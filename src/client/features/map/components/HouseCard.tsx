import { Link } from 'react-router-dom';
import { formatRwRt } from '@shared/wilayah/wilayah';
import { isPlaceholderId } from '@shared/coverage/map-points';
import type { MapHousehold } from '../data/clusters';
import { HOUSEHOLD_STATUS } from '../data/household-status';

export type HouseLink = { to: string; label: string } | null;

/**
 * The tapped house, short: where, its status, and its page for a role that may open it (once
 * its id came, on a server map: the details follow the points).
 */
export function HouseCard({
  household,
  link,
  onClose,
}: {
  household: MapHousehold;
  link: HouseLink;
  onClose: () => void;
}) {
  const waiting = isPlaceholderId(household.id);
  return (
    <section className="card map-detail" aria-live="polite" aria-label="Rumah dipilih">
      <h2>{waiting ? 'Memuat alamat…' : household.address}</h2>
      <p>
        RT {formatRwRt(household.rt)} / RW {formatRwRt(household.rw)} ·{' '}
        <span
          className="swatch"
          style={{ background: HOUSEHOLD_STATUS[household.status].color }}
          aria-hidden="true"
        />
        {HOUSEHOLD_STATUS[household.status].label}
      </p>
      <p>
        {household.residents} warga
        {household.activeIsoman > 0 ? ` · ${household.activeIsoman} isoman aktif` : ''}
      </p>
      <p className="map-detail-links">
        {link && !waiting && (
          <Link className="btn btn-small btn-primary" to={link.to}>
            {link.label}
          </Link>
        )}
        <button type="button" className="btn btn-small" onClick={onClose}>
          Tutup
        </button>
      </p>
    </section>
  );
}
