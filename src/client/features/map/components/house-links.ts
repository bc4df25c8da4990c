import type { Role } from '@shared/auth/roles';
import { paths } from '@client/ui/paths';
import type { MapHousehold } from '../data/clusters';
import type { HouseLink } from './HouseCard';

/**
 * The page a tapped house opens: its record on the phone for the relawan and ketua RW (they
 * hold their area's data), its change history on the server for the others.
 */
export function houseLinkFor(role: Role): (household: MapHousehold) => HouseLink {
  if (role === 'relawan' || role === 'ketua-rw') {
    return (h) => ({ to: paths.household(h.id), label: 'Buka rumah' });
  }
  return (h) => ({ to: paths.householdHistory(h.id), label: 'Riwayat rumah' });
}
