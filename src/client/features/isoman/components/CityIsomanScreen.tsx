import { Link } from 'react-router-dom';
import { formatNumber } from '@client/ui/format';
import { PageHeader } from '@client/ui/page-header';
import { useCityIsoman } from '../hooks/use-isoman';
import { ServerStatus } from '@client/ui/server-status';
import './isoman.css';

/**
 * For the admin kota: active isoman and family clusters per kelurahan (the city dashboard's
 * counts), most patients first; each kelurahan opens its list of patients.
 */
export function CityIsomanScreen({ kelurahanHref }: { kelurahanHref: (code: string) => string }) {
  const query = useCityIsoman();
  const city = query.data;
  const rows = (city?.kelurahan ?? [])
    .filter((k) => k.activeIsoman > 0)
    .sort((a, b) => b.activeIsoman - a.activeIsoman || b.familyClusters - a.familyClusters);
  return (
    <div className="isoman-screen">
      <PageHeader title="Isoman aktif Kota Bekasi" />
      <ServerStatus query={query} />
      {city && (
        <>
          <section className="card isoman-totals" aria-label="Ringkasan isoman">
            <div>
              <strong>{formatNumber(city.total.activeIsoman)}</strong> warga sedang isoman
            </div>
            <div>
              <strong>{formatNumber(city.total.familyClusters)}</strong> klaster keluarga
            </div>
            <div>
              <strong>{formatNumber(rows.length)}</strong> dari {city.kelurahan.length} kelurahan
            </div>
          </section>
          <section className="card">
            <h2>Per kelurahan</h2>
            {rows.length === 0 ? (
              <p className="muted">Tidak ada warga yang sedang isoman.</p>
            ) : (
              <div className="table-scroll">
                <table className="rt-table isoman-table" aria-label="Isoman aktif per kelurahan">
                  <thead>
                    <tr>
                      <th scope="col">Kelurahan</th>
                      <th scope="col">Kecamatan</th>
                      <th scope="col">Isoman</th>
                      <th scope="col">Klaster</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((k) => (
                      <tr key={k.key}>
                        <td>
                          <Link to={kelurahanHref(k.key)}>{k.name}</Link>
                        </td>
                        <td>{k.kecamatanName}</td>
                        <td>{formatNumber(k.activeIsoman)}</td>
                        <td>{formatNumber(k.familyClusters)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        </>
      )}
    </div>
  );
}
