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
      // The link's name starts with what it shows (WCAG 2.5.3), then says what a tap does.
      <Link to={paths.area} className="topbar-area">
        <strong>
          RT {formatRwRt(working.rt)} / RW {formatRwRt(working.rw)}
        </strong>
        <span>
          Kel. {kelurahan}
          <span className="visually-hidden"> (ganti RT)</span>
        </span>
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
