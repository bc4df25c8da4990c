import type { Role } from '@shared/auth/roles';
import { PageHeader } from '@client/ui/page-header';
import { paths } from '@client/ui/paths';
import { findKelurahan, formatRwRt } from '@shared/wilayah/wilayah';
import { useBoundaries, useHouseDetails, useHouseholdPoints } from '../hooks/use-map-data';
import { boundsOf, boxOf } from './bounds';
import { BEKASI_BOUNDS } from './BaseMap';
import { houseLinkFor } from './house-links';
import { HouseholdMapView } from './HouseholdMapView';
import { MapNotice } from './MapNotice';

/** One RW's households (the ketua RW's map, from the server), inside its kelurahan's outline. */
export function RwMap({ code, rw, role }: { code: string; rw: number; role: Role }) {
  const boundaries = useBoundaries();
  const points = useHouseholdPoints(code, rw);
  const resolve = useHouseDetails(code, rw, points.data?.key);
  const name = findKelurahan(code)?.name ?? code;
  const feature = boundaries.data?.features.find((f) => f.properties.code === code);
  const households = points.data?.households ?? [];
  const bounds =
    households.length > 0
      ? boxOf(households)
      : feature
        ? boundsOf(feature.geometry.coordinates)
        : BEKASI_BOUNDS;

  return (
    <div className="map-screen">
      <PageHeader
        title={`Peta RW ${formatRwRt(rw)}, Kel. ${name}`}
        back={paths.dashboardRw(code, rw)}
      />
      <MapNotice query={points} what="Rumah" />
      {points.data && (
        <p className="muted small">{households.length} rumah dengan titik GPS di RW ini.</p>
      )}
      {(points.data || points.isError) && (
        <HouseholdMapView
          key={points.data ? 'rw' : 'none'}
          label={`Peta rumah RW ${formatRwRt(rw)} Kelurahan ${name}`}
          bounds={bounds}
          outline={feature}
          households={households}
          target={points.data?.target ?? 0.7}
          linkFor={houseLinkFor(role)}
          resolve={resolve}
        />
      )}
    </div>
  );
}
