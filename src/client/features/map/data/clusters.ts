import Supercluster from 'supercluster';
import type { HouseholdPoints } from '@shared/coverage/api';

export type MapHousehold = HouseholdPoints['households'][number];

export type MapItem =
  | { kind: 'household'; lat: number; lng: number; household: MapHousehold }
  | { kind: 'cluster'; id: number; lat: number; lng: number; count: number; expansionZoom: number };

/** Households indexed for clustering (supercluster, ~3 KB gzip, no Leaflet plugin). */
export function indexHouseholds(households: readonly MapHousehold[]) {
  const index = new Supercluster<{ household: MapHousehold }>({
    // Radius in screen pixels of Leaflet's 256 px tiles, so numbered circles never overlap.
    radius: 60,
    extent: 256,
    maxZoom: 18,
  });
  index.load(
    households.map((household) => ({
      type: 'Feature',
      properties: { household },
      geometry: { type: 'Point', coordinates: [household.lng, household.lat] },
    })),
  );
  return index;
}

/** What to draw for a view: clusters where households crowd, single households elsewhere. */
export function itemsInView(
  index: Supercluster<{ household: MapHousehold }>,
  bbox: [west: number, south: number, east: number, north: number],
  zoom: number,
): MapItem[] {
  return index.getClusters(bbox, Math.floor(zoom)).map((feature) => {
    const [lng, lat] = feature.geometry.coordinates as [number, number];
    const props = feature.properties as { household?: MapHousehold } & {
      cluster?: boolean;
      cluster_id?: number;
      point_count?: number;
    };
    if (props.cluster && props.cluster_id !== undefined) {
      return {
        kind: 'cluster',
        id: props.cluster_id,
        lat,
        lng,
        count: props.point_count ?? 0,
        expansionZoom: Math.min(index.getClusterExpansionZoom(props.cluster_id), 19),
      };
    }
    return { kind: 'household', lat, lng, household: props.household! };
  });
}
