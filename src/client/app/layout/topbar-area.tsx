import { Link } from 'react-router-dom';
import type { User } from '@shared/auth/api';
import { describeArea, ROLE_LABELS } from '@shared/auth/roles';
import { findKelurahan, formatRwRt, type Area } from '@shared/wilayah/wilayah';
import { paths } from '@client/ui/paths';

/**
 * Where the user works, at the top: the working RT for field roles (a link to switch RT),
 * the role and area for the others.
 */
export function TopbarArea({ user, working }: { user: User; working: Area | null }) {
  const kelurahan = user.area.kelurahanCode
    ? (findKelurahan(user.area.kelurahanCode)?.name ?? user.area.kelurahanCode)
    : null;
  if (working) {
    return (
      <Link to={paths.area} className="topbar-area" aria-label="Ganti RT">
        <strong>
          RT {formatRwRt(working.rt)} / RW {formatRwRt(working.rw)}
        </strong>
        <span>Kel. {kelurahan}</span>
      </Link>
    );
  }
  return (
    <div className="topbar-area">
      <strong>{ROLE_LABELS[user.role]}</strong>
      <span>{kelurahan ? `Kel. ${kelurahan}` : describeArea(user.area)}</span>
    </div>
  );
}
