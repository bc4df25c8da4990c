import { NavLink } from 'react-router-dom';
import { paths } from '@client/ui/paths';

const ICONS = {
  home: 'M3 11 12 3l9 8v10h-6v-6H9v6H3z',
  summary: 'M4 20V10h3v10zm6.5 0V4h3v16zM17 20v-7h3v7z',
  dashboard: 'M3 3h8v8H3zm10 0h8v5h-8zM3 13h8v8H3zm10-3h8v11h-8z',
  data: 'M12 3c4.4 0 8 1.3 8 3v12c0 1.7-3.6 3-8 3s-8-1.3-8-3V6c0-1.7 3.6-3 8-3zm0 2C8.3 5 6 6 6 6.5S8.3 8 12 8s6-1 6-1.5S15.7 5 12 5zM6 9v3c0 .5 2.3 1.5 6 1.5s6-1 6-1.5V9c-1.5.8-3.6 1.2-6 1.2S7.5 9.8 6 9zm0 6v3c0 .5 2.3 1.5 6 1.5s6-1 6-1.5v-3c-1.5.8-3.6 1.2-6 1.2s-4.5-.4-6-1.2z',
};

function Icon({ d }: { d: string }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" fill="currentColor">
      <path d={d} />
    </svg>
  );
}

export function BottomNav() {
  return (
    <nav className="bottom-nav" aria-label="Menu utama">
      <NavLink to={paths.home} end>
        <Icon d={ICONS.home} />
        Rumah
      </NavLink>
      <NavLink to={paths.summary}>
        <Icon d={ICONS.summary} />
        Ringkasan
      </NavLink>
      <NavLink to={paths.dashboard}>
        <Icon d={ICONS.dashboard} />
        Dasbor
      </NavLink>
      <NavLink to={paths.data}>
        <Icon d={ICONS.data} />
        Data
      </NavLink>
    </nav>
  );
}
