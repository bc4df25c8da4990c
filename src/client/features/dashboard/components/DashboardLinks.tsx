import { Link } from 'react-router-dom';
import { paths } from '@client/ui/paths';

/**
 * From a dashboard to the map (of the same kelurahan when there is one), the report, the
 * isoman list (per kelurahan for the city) and, for a kelurahan, its change log and the
 * reconciliation list of doses without a proof.
 */
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
      <Link
        className="btn btn-small"
        to={kelurahanCode ? paths.isomanKelurahan(kelurahanCode) : paths.isoman}
      >
        Isoman
      </Link>
      {kelurahanCode && (
        <Link className="btn btn-small" to={paths.changesKelurahan(kelurahanCode)}>
          Riwayat perubahan
        </Link>
      )}
      {kelurahanCode && (
        <Link className="btn btn-small" to={paths.reconciliationKelurahan(kelurahanCode)}>
          Rekonsiliasi bukti
        </Link>
      )}
    </nav>
  );
}
