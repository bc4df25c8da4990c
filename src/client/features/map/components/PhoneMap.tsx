import { useEffect } from 'react';
import { Circle, CircleMarker, useMap } from 'react-leaflet';
import type { Role } from '@shared/auth/roles';
import { DEFAULT_CONFIG } from '@shared/domain/config';
import { PageHeader } from '@client/ui/page-header';
import { paths } from '@client/ui/paths';
import { findKelurahan } from '@shared/wilayah/wilayah';
import { nextUnvisited } from '../data/local-points';
import { useBoundaries } from '../hooks/use-map-data';
import { usePhonePoints, useWhereAmI, type Position } from '../hooks/use-phone-points';
import { BEKASI_BOUNDS } from './BaseMap';
import { boundsOf, boxOf } from './bounds';
import { houseLinkFor } from './house-links';
import { HouseholdMapView } from './HouseholdMapView';
import { OfflineArea } from './OfflineArea';

/**
 * The volunteer's map: the households on this phone (IndexedDB), so it works offline, with
 * where they stand and the next house not yet visited ringed.
 */
export function PhoneMap({ kelurahanCode, role }: { kelurahanCode: string; role: Role }) {
  const points = usePhonePoints();
  const boundaries = useBoundaries();
  const { position, state, locate } = useWhereAmI();
  const feature = boundaries.data?.features.find((f) => f.properties.code === kelurahanCode);
  const households = points ?? [];
  const next = nextUnvisited(households, position);
  const bounds =
    households.length > 0
      ? boxOf(households)
      : feature
        ? boundsOf(feature.geometry.coordinates)
        : BEKASI_BOUNDS;
  const name = findKelurahan(kelurahanCode)?.name ?? kelurahanCode;

  return (
    <div className="map-screen">
      <PageHeader title="Peta rumah saya" back={paths.home} />
      <p className="muted small">
        {households.length} rumah dengan titik GPS di ponsel ini, Kel. {name}.{' '}
        {next ? (
          <>
            Berikutnya (lingkar biru): <strong>{next.address}</strong>
          </>
        ) : households.length > 0 ? (
          'Semua rumah sudah dikunjungi.'
        ) : (
          ''
        )}
      </p>
      <p className="map-actions">
        <button
          type="button"
          className="btn btn-small"
          onClick={locate}
          disabled={state === 'locating'}
        >
          {state === 'locating' ? 'Mencari lokasi…' : 'Di mana saya?'}
        </button>
        {state === 'error' && <span className="small">Lokasi tidak tersedia (izinkan GPS).</span>}
      </p>
      {points !== undefined && (
        <HouseholdMapView
          key={households.length > 0 ? 'houses' : 'none'}
          label={`Peta rumah saya, Kelurahan ${name}`}
          bounds={bounds}
          outline={feature}
          households={households}
          target={DEFAULT_CONFIG.herdImmunityTarget}
          linkFor={houseLinkFor(role)}
          nextId={next?.id ?? null}
        >
          {position && <YouAreHere position={position} />}
        </HouseholdMapView>
      )}
      {households.length > 0 && <OfflineArea points={households} />}
    </div>
  );
}

function YouAreHere({ position }: { position: Position }) {
  const map = useMap();
  useEffect(() => {
    map.flyTo([position.lat, position.lng], Math.max(map.getZoom(), 17));
  }, [map, position]);
  return (
    <>
      <Circle
        center={[position.lat, position.lng]}
        radius={position.accuracy}
        pathOptions={{ color: '#1d4ed8', weight: 1, fillOpacity: 0.1 }}
        interactive={false}
      />
      <CircleMarker
        center={[position.lat, position.lng]}
        radius={7}
        pathOptions={{ color: '#fff', weight: 3, fillColor: '#1d4ed8', fillOpacity: 1 }}
        className="you-are-here"
        interactive={false}
      />
    </>
  );
}
