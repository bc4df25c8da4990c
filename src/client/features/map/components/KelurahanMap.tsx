import type { LatLngBoundsExpression } from 'leaflet';
import { useState } from 'react';
import { GeoJSON } from 'react-leaflet';
import { Link } from 'react-router-dom';
import { PageHeader } from '@client/ui/page-header';
import { paths } from '@client/ui/paths';
import { findKelurahan, formatRwRt } from '@shared/wilayah/wilayah';
import type { MapHousehold } from '../data/clusters';
import { coverageClass } from '../data/coverage-class';
import { HOUSEHOLD_STATUS } from '../data/household-status';
import { useBoundaries, useHouseholdPoints, useKelurahanCoverage } from '../hooks/use-map-data';
import { BaseMap, BEKASI_BOUNDS } from './BaseMap';
import { shapeClass } from './CityMap';
import { HouseholdLayer } from './HouseholdLayer';
import { Legend } from './Legend';
import { MapNotice } from './MapNotice';

/**
 * One kelurahan: its boundary, tinted with its coverage class, and its households with a GPS
 * point, by status, clustered.
 */
export function KelurahanMap({ code }: { code: string }) {
  const boundaries = useBoundaries();
  const coverage = useKelurahanCoverage(code);
  const points = useHouseholdPoints(code);
  const cls = coverage.data ? coverageClass(coverage.data.total, coverage.data.target) : null;
  const [selected, setSelected] = useState<MapHousehold | null>(null);
  const name = findKelurahan(code)?.name ?? code;
  const feature = boundaries.data?.features.find((f) => f.properties.code === code);
  const bounds = feature ? boundsOf(feature.geometry.coordinates) : undefined;
  const households = points.data?.households ?? [];

  return (
    <div className="map-screen">
      <PageHeader title={`Peta rumah, Kel. ${name}`} back={paths.dashboardKelurahan(code)} />
      <MapNotice query={coverage} what="Cakupan" />
      <MapNotice query={points} what="Rumah" />
      {points.data && (
        <p className="muted small">
          {households.length} rumah dengan titik GPS. Ketuk titik untuk rinciannya.
        </p>
      )}
      {boundaries.data && (
        <BaseMap
          key={bounds ? 'kel' : 'city'}
          bounds={bounds ?? BEKASI_BOUNDS}
          label={`Peta rumah Kelurahan ${name}`}
        >
          {feature && (
            <GeoJSON
              key={coverage.data?.asOf ?? 'none'}
              data={feature as GeoJSON.Feature}
              style={{
                fill: cls !== null,
                fillColor: cls?.color,
                fillOpacity: 0.3,
                color: '#0f766e',
                weight: 2,
                className: `kelurahan-shape ${shapeClass(code)} coverage-${cls?.id ?? 'kosong'}`,
              }}
              interactive={false}
            />
          )}
          <HouseholdLayer
            households={households}
            selectedId={selected?.id ?? null}
            onSelect={setSelected}
          />
        </BaseMap>
      )}
      {selected && (
        <section className="card map-detail" aria-live="polite">
          <h2>{selected.address}</h2>
          <p>
            RT {formatRwRt(selected.rt)} / RW {formatRwRt(selected.rw)}
          </p>
          <p>
            {HOUSEHOLD_STATUS[selected.status].label} · {selected.residents} warga
            {selected.activeIsoman > 0 ? ` · ${selected.activeIsoman} isoman aktif` : ''}
          </p>
          <p className="map-detail-links">
            <Link to={paths.dashboardRw(code, selected.rw)}>
              Tabel RW {formatRwRt(selected.rw)}
            </Link>
          </p>
        </section>
      )}
      {cls && coverage.data && (
        <p className="small">
          <span className="swatch" style={{ background: cls.color }} aria-hidden="true" /> Warna
          wilayah: {cls.label} (lengkap {Math.round(coverage.data.total.pctLengkap * 100)}% dari
          sasaran, target {Math.round(coverage.data.target * 100)}%)
        </p>
      )}
      <Legend title="Status rumah" items={Object.values(HOUSEHOLD_STATUS)} />
    </div>
  );
}

function boundsOf(rings: number[][][]): LatLngBoundsExpression {
  let [south, west, north, east] = [90, 180, -90, -180];
  for (const [lng, lat] of rings[0] ?? []) {
    south = Math.min(south, lat!);
    north = Math.max(north, lat!);
    west = Math.min(west, lng!);
    east = Math.max(east, lng!);
  }
  return [
    [south, west],
    [north, east],
  ];
}
