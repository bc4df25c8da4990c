import type { LatLngBoundsExpression, PathOptions } from 'leaflet';
import { useMemo, useState, type ReactNode } from 'react';
import { GeoJSON } from 'react-leaflet';
import type { KelurahanFeature } from '../data/api';
import type { MapHousehold } from '../data/clusters';
import { HOUSEHOLD_STATUS } from '../data/household-status';
import { rtAreas } from '../data/rt-areas';
import { BaseMap } from './BaseMap';
import { HouseCard, type HouseLink } from './HouseCard';
import { HouseholdLayer } from './HouseholdLayer';
import { Legend } from './Legend';
import { RtAreaLayer } from './RtAreaLayer';

/**
 * Households of an area on a map, for every role: the kelurahan outline (drawn with no tiles
 * too), approximate RT areas shaded by % complete, donuts of statuses where houses crowd, and
 * a short card for the tapped house with its page (`linkFor`, when the role may open it).
 */
export function HouseholdMapView({
  label,
  bounds,
  outline,
  outlineStyle,
  households,
  target,
  linkFor,
  nextId,
  children,
}: {
  label: string;
  bounds: LatLngBoundsExpression;
  outline: KelurahanFeature | undefined;
  outlineStyle?: PathOptions;
  households: readonly MapHousehold[];
  target: number;
  linkFor: (household: MapHousehold) => HouseLink;
  nextId?: string | null;
  /** More layers: where the volunteer stands. */
  children?: ReactNode;
}) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [showAreas, setShowAreas] = useState(true);
  const areas = useMemo(() => rtAreas(households), [households]);
  const selected = households.find((h) => h.id === selectedId) ?? null;

  return (
    <>
      <BaseMap bounds={bounds} label={label}>
        {outline && (
          <GeoJSON
            key={outline.properties.code}
            data={outline as GeoJSON.Feature}
            style={{
              fill: false,
              color: '#0f766e',
              weight: 2,
              className: 'kelurahan-shape',
              ...outlineStyle,
            }}
            interactive={false}
          />
        )}
        {showAreas && <RtAreaLayer areas={areas} target={target} />}
        <HouseholdLayer
          households={households}
          selectedId={selectedId}
          nextId={nextId}
          onSelect={(h) => setSelectedId(h.id)}
        />
        {children}
      </BaseMap>
      {selected && (
        <HouseCard
          household={selected}
          link={linkFor(selected)}
          onClose={() => setSelectedId(null)}
        />
      )}
      <Legend title="Status rumah" items={Object.values(HOUSEHOLD_STATUS)} />
      <label className="map-toggle small">
        <input
          type="checkbox"
          checked={showAreas}
          onChange={(e) => setShowAreas(e.target.checked)}
        />{' '}
        Arsir wilayah RT menurut % rumah lengkap (perkiraan: digambar dari titik rumah, bukan batas
        resmi)
      </label>
    </>
  );
}
