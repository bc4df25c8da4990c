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
import { DensityLayer } from './DensityLayer';
import { DensityLegend } from './DensityLegend';
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
  resolve = (h) => h,
  tilesAfter = false,
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
  /** A house with its id and address, when they come later than the points (server maps). */
  resolve?: (household: MapHousehold) => MapHousehold;
  /** Tiles wait for the houses: on a slow network the points are drawn first. */
  tilesAfter?: boolean;
  /** More layers: where the volunteer stands. */
  children?: ReactNode;
}) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [showAreas, setShowAreas] = useState(true);
  const [showDensity, setShowDensity] = useState(false);
  const areas = useMemo(() => rtAreas(households), [households]);
  const found = households.find((h) => h.id === selectedId);
  const selected = found ? resolve(found) : null;
  const unvaccinated = useMemo(
    () => households.reduce((sum, h) => sum + h.unvaccinated, 0),
    [households],
  );

  return (
    <>
      <BaseMap bounds={bounds} label={label} noTiles={tilesAfter}>
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
        {showDensity && <DensityLayer households={households} />}
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
          checked={showDensity}
          onChange={(e) => setShowDensity(e.target.checked)}
        />{' '}
        Kepadatan warga belum divaksin ({unvaccinated} sasaran belum dapat dosis apa pun)
      </label>
      {showDensity && <DensityLegend />}
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
