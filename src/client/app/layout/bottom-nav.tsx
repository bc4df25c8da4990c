import { NavLink } from 'react-router-dom';
import { HOLDS_FIELD_DATA, MANAGES, type Role } from '@shared/auth/roles';
import { paths } from '@client/ui/paths';

const ICONS = {
  home: 'M3 11 12 3l9 8v10h-6v-6H9v6H3z',
  summary: 'M4 20V10h3v10zm6.5 0V4h3v16zM17 20v-7h3v7z',
  dashboard: 'M3 3h8v8H3zm10 0h8v5h-8zM3 13h8v8H3zm10-3h8v11h-8z',
  people:
    'M9 11a4 4 0 1 1 0-8 4 4 0 0 1 0 8zm8 0a3 3 0 1 1 0-6 3 3 0 0 1 0 6zM1 20c0-3.3 3.6-6 8-6s8 2.7 8 6v1H1zm17.5-5.9c2.6.4 4.5 2.1 4.5 4.4V21h-4v-1c0-2.3-1-4.3-2.6-5.6.7-.2 1.4-.3 2.1-.3z',
  map: 'M12 2a7 7 0 0 0-7 7c0 5.2 7 13 7 13s7-7.8 7-13a7 7 0 0 0-7-7zm0 9.5a2.5 2.5 0 1 1 0-5 2.5 2.5 0 0 1 0 5z',
  data: 'M12 3c4.4 0 8 1.3 8 3v12c0 1.7-3.6 3-8 3s-8-1.3-8-3V6c0-1.7 3.6-3 8-3zm0 2C8.3 5 6 6 6 6.5S8.3 8 12 8s6-1 6-1.5S15.7 5 12 5zM6 9v3c0 .5 2.3 1.5 6 1.5s6-1 6-1.5V9c-1.5.8-3.6 1.2-6 1.2S7.5 9.8 6 9zm0 6v3c0 .5 2.3 1.5 6 1.5s6-1 6-1.5v-3c-1.5.8-3.6 1.2-6 1.2s-4.5-.4-6-1.2z',
};

function Icon({ d }: { d: string }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" fill="currentColor">
      <path d={d} />
    </svg>
  );
}

/**
 * The menu of the user's role: field work for relawan and ketua RW, people for managers; the
 * map for everyone (each role's own, routes/map.tsx). At most five entries.
 */
export function BottomNav({ role }: { role: Role }) {
  const fieldWork = HOLDS_FIELD_DATA.has(role);
  return (
    <nav className="bottom-nav" aria-label="Menu utama">
      <NavLink to={paths.home} end>
        <Icon d={ICONS.home} />
        {fieldWork ? 'Rumah' : 'Beranda'}
      </NavLink>
      {fieldWork && (
        <NavLink to={paths.summary}>
          <Icon d={ICONS.summary} />
          Ringkasan
        </NavLink>
      )}
      {role !== 'relawan' && (
        <NavLink to={paths.dashboard}>
          <Icon d={ICONS.dashboard} />
          Dasbor
        </NavLink>
      )}
      <NavLink to={paths.map}>
        <Icon d={ICONS.map} />
        Peta
      </NavLink>
      {MANAGES[role].length > 0 && (
        <NavLink to={paths.volunteers}>
          <Icon d={ICONS.people} />
          Relawan
        </NavLink>
      )}
      <NavLink to={paths.data}>
        <Icon d={ICONS.data} />
        {fieldWork ? 'Data' : 'Akun'}
      </NavLink>
    </nav>
  );
}
