import Supercluster from 'supercluster';
import type { HouseholdPoints } from '@shared/coverage/api';
import { addCounts, noCounts, type StatusCounts } from './status-counts';

export type MapHousehold = HouseholdPoints['households'][number];

export type MapItem =
  | { kind: 'household'; lat: number; lng: number; household: MapHousehold }
  | {
      kind: 'cluster';
      id: number;
      lat: number;
      lng: number;
      count: number;
      expansionZoom: number;
      /** Households of the cluster by status: its donut. */
      counts: StatusCounts;
      /** Eligible residents without a dose are not known per point; residents is. */
      residents: number;
    };

type PointProps = { household: MapHousehold };
type ClusterProps = { counts: StatusCounts; residents: number };

/**
 * Households indexed for clustering (supercluster, ~3 KB gzip, no Leaflet plugin). Each cluster
 * carries its households' statuses (map/reduce), so a donut is drawn at every zoom.
 */
export function indexHouseholds(households: readonly MapHousehold[]) {
  const index = new Supercluster<PointProps, ClusterProps>({
    // Radius in screen pixels of Leaflet's 256 px tiles, so donuts never overlap.
    radius: 60,
    extent: 256,
    maxZoom: 18,
    map: (props) => {
      const counts = noCounts();
      counts[props.household.status] = 1;
      return { counts, residents: props.household.residents };
    },
    reduce: (acc, props) => {
      acc.counts = addCounts({ ...acc.counts }, props.counts);
      acc.residents += props.residents;
    },
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

export type HouseholdIndex = ReturnType<typeof indexHouseholds>;

/** What to draw for a view: clusters where households crowd, single households elsewhere. */
export function itemsInView(
  index: HouseholdIndex,
  bbox: [west: number, south: number, east: number, north: number],
  zoom: number,
): MapItem[] {
  // Rounded, not floored: at 15.75 (zoomSnap 0.25) the clusters of 16, as far apart on the
  // screen as they are drawn large, rather than those of 15, fewer and too far apart.
  return index.getClusters(bbox, Math.round(zoom)).map((feature) => {
    const [lng, lat] = feature.geometry.coordinates as [number, number];
    const props = feature.properties as Partial<PointProps> &
      Partial<ClusterProps> & { cluster?: boolean; cluster_id?: number; point_count?: number };
    if (props.cluster && props.cluster_id !== undefined) {
      return {
        kind: 'cluster',
        id: props.cluster_id,
        lat,
        lng,
        count: props.point_count ?? 0,
        expansionZoom: Math.min(index.getClusterExpansionZoom(props.cluster_id), 19),
        counts: props.counts ?? noCounts(),
        residents: props.residents ?? 0,
      };
    }
    return { kind: 'household', lat, lng, household: props.household! };
  });
}
