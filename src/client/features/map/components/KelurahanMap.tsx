import type { Role } from '@shared/auth/roles';
import { PageHeader } from '@client/ui/page-header';
import { paths } from '@client/ui/paths';
import { findKelurahan } from '@shared/wilayah/wilayah';
import { coverageClass } from '../data/coverage-class';
import {
  useBoundaries,
  useHouseDetails,
  useHouseholdPoints,
  useKelurahanCoverage,
} from '../hooks/use-map-data';
import { BEKASI_BOUNDS } from './BaseMap';
import { shapeClass } from './CityMap';
import { houseLinkFor } from './house-links';
import { HouseholdMapView } from './HouseholdMapView';
import { MapNotice } from './MapNotice';
import { boundsOf, boxOf } from './bounds';

/**
 * One kelurahan: its boundary, tinted with its coverage class, and its households with a GPS
 * point: donuts of their statuses where they crowd, approximate RT areas by % complete.
 */
export function KelurahanMap({ code, role }: { code: string; role: Role }) {
  const boundaries = useBoundaries();
  const coverage = useKelurahanCoverage(code);
  const points = useHouseholdPoints(code);
  const resolve = useHouseDetails(code, undefined, points.data?.key);
  const cls = coverage.data ? coverageClass(coverage.data.total, coverage.data.target) : null;
  const name = findKelurahan(code)?.name ?? code;
  const feature = boundaries.data?.features.find((f) => f.properties.code === code);
  const households = points.data?.households ?? [];

  return (
    <div className="map-screen">
      <PageHeader title={`Peta rumah, Kel. ${name}`} back={paths.dashboardKelurahan(code)} />
      <MapNotice query={coverage} what="Cakupan" />
      <MapNotice query={points} what="Rumah" />
      {points.data && (
        <p className="muted small">
          {households.length} rumah dengan titik GPS. Ketuk lingkaran untuk memperbesar, titik untuk
          rinciannya.
        </p>
      )}
      {boundaries.data && (
        <HouseholdMapView
          key={feature ? 'kel' : 'city'}
          label={`Peta rumah Kelurahan ${name}`}
          // Fitted to the houses once they come (where the work is), before to the outline.
          bounds={
            households.length > 0
              ? boxOf(households)
              : feature
                ? boundsOf(feature.geometry.coordinates)
                : BEKASI_BOUNDS
          }
          outline={feature}
          outlineStyle={{
            fill: cls !== null,
            fillColor: cls?.color,
            fillOpacity: 0.15,
            className: `kelurahan-shape ${shapeClass(code)} coverage-${cls?.id ?? 'kosong'}`,
          }}
          households={households}
          target={points.data?.target ?? 0.7}
          linkFor={houseLinkFor(role)}
          resolve={resolve}
          tilesAfter={points.data === undefined && points.fetchStatus === 'fetching'}
        />
      )}
      {cls && coverage.data && (
        <p className="small">
          <span className="swatch" style={{ background: cls.color }} aria-hidden="true" /> Warna
          kelurahan: {cls.label} (lengkap {Math.round(coverage.data.total.pctLengkap * 100)}% dari
          sasaran, target {Math.round(coverage.data.target * 100)}%)
        </p>
      )}
    </div>
  );
}
