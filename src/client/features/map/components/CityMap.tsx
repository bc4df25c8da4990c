import type { Feature } from 'geojson';
import type { PathOptions } from 'leaflet';
import { useState } from 'react';
import { GeoJSON } from 'react-leaflet';
import { Link } from 'react-router-dom';
import { formatDateTimeId, formatPercent } from '@client/ui/format';
import { PageHeader } from '@client/ui/page-header';
import { paths } from '@client/ui/paths';
import { findKelurahan } from '@shared/wilayah/wilayah';
import type { KelurahanFeature } from '../data/api';
import { COVERAGE_CLASSES, coverageClass } from '../data/coverage-class';
import { useBoundaries, useCityCoverage } from '../hooks/use-map-data';
import { BaseMap, BEKASI_BOUNDS } from './BaseMap';
import { Legend } from './Legend';
import { MapNotice } from './MapNotice';

/** A class name for a kelurahan's polygon: `kel-32-75-01-1001`. */
export const shapeClass = (code: string) => `kel-${code.replaceAll('.', '-')}`;

/** The 56 kelurahan coloured by coverage against the target; tap one for its figures. */
export function CityMap() {
  const city = useCityCoverage();
  const boundaries = useBoundaries();
  const [selected, setSelected] = useState<string | null>(null);
  const target = city.data?.target ?? 0.7;
  const byCode = new Map(city.data?.kelurahan.map((k) => [k.key, k]));

  const style = (feature?: Feature): PathOptions => {
    const code = (feature as KelurahanFeature | undefined)?.properties.code ?? '';
    const cls = coverageClass(byCode.get(code), target);
    return {
      fillColor: cls.color,
      fillOpacity: 0.75,
      color: code === selected ? '#1c2526' : '#ffffff',
      weight: code === selected ? 3 : 1,
      className: `kelurahan-shape ${shapeClass(code)} coverage-${cls.id}`,
    };
  };
  const chosen = selected ? byCode.get(selected) : undefined;

  return (
    <div className="map-screen">
      <PageHeader title="Peta cakupan" back={paths.dashboard} />
      <MapNotice query={city} what="Warna cakupan" />
      {boundaries.isError && <p className="alert alert-error">Batas wilayah tidak dapat dimuat.</p>}
      <BaseMap bounds={BEKASI_BOUNDS} label="Peta kelurahan Kota Bekasi">
        {boundaries.data && (
          <GeoJSON
            key={`${city.data?.asOf ?? 'none'}:${selected ?? ''}`}
            data={boundaries.data as GeoJSON.FeatureCollection}
            style={style}
            onEachFeature={(feature, layer) => {
              const code = (feature as KelurahanFeature).properties.code;
              layer.on('click', () => setSelected(code));
            }}
          />
        )}
      </BaseMap>
      {selected && (
        <section className="card map-detail" aria-live="polite">
          <h2>Kelurahan {findKelurahan(selected)?.name ?? selected}</h2>
          {chosen ? (
            <p>
              Lengkap {formatPercent(chosen.pctLengkap)} dari {chosen.eligible} sasaran ·{' '}
              {coverageClass(chosen, target).label}
              {chosen.reachedTarget ? '' : ` · sisa ${chosen.gapToTarget} orang ke target`}
            </p>
          ) : (
            <p className="muted">Belum ada data cakupan.</p>
          )}
          <p className="map-detail-links">
            <Link to={paths.dashboardKelurahan(selected)}>Tabel per RW</Link>
            <Link to={paths.mapKelurahan(selected)}>Peta rumah</Link>
          </p>
        </section>
      )}
      <Legend
        title={`Cakupan lengkap terhadap target ${Math.round(target * 100)}%`}
        items={COVERAGE_CLASSES}
      />
      {city.data && <p className="muted small">Data per {formatDateTimeId(city.data.asOf)}</p>}
    </div>
  );
}
