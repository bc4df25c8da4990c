import { Link } from 'react-router-dom';
import { paths } from '@client/ui/paths';

/** From a dashboard to the map (of the same kelurahan when there is one) and the report. */
export function DashboardLinks({ kelurahanCode }: { kelurahanCode?: string }) {
  return (
    <nav className="dashboard-links" aria-label="Tampilan lain">
      <Link
        className="btn btn-small"
        to={kelurahanCode ? paths.mapKelurahan(kelurahanCode) : paths.map}
      >
        Peta
      </Link>
      <Link className="btn btn-small" to={paths.weeklyReport}>
        Laporan mingguan
      </Link>
    </nav>
  );
}
