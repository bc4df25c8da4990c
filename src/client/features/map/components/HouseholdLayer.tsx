import { divIcon } from 'leaflet';
import { useEffect, useMemo, useState } from 'react';
import { CircleMarker, Marker, useMap, useMapEvents } from 'react-leaflet';
import { indexHouseholds, itemsInView, type MapHousehold } from '../data/clusters';
import { donutSize, donutSvg } from '../data/donut';
import { HOUSEHOLD_STATUS } from '../data/household-status';
import type { StatusCounts } from '../data/status-counts';

/**
 * Households as dots coloured by status, grouped where they crowd into donuts of their
 * statuses with the count; recomputed after each move or zoom. Tapping a donut zooms into it;
 * tapping a dot selects the house. `nextId`: the house to go to next, ringed.
 */
export function HouseholdLayer({
  households,
  selectedId,
  nextId = null,
  onSelect,
}: {
  households: readonly MapHousehold[];
  selectedId: string | null;
  nextId?: string | null;
  onSelect: (household: MapHousehold) => void;
}) {
  const map = useMap();
  const index = useMemo(() => indexHouseholds(households), [households]);
  const [view, setView] = useState(() => viewOf(map));
  useMapEvents({ moveend: () => setView(viewOf(map)) });
  // The map is fitted to the houses when they come, while this layer's listener is being
  // renewed (effects re-run): the view is read again once the houses are indexed.
  useEffect(() => setView(viewOf(map)), [map, index]);
  const items = useMemo(() => itemsInView(index, view.bbox, view.zoom), [index, view]);

  return items.map((item) => {
    if (item.kind === 'cluster') {
      return (
        <Marker
          key={`c${item.id}`}
          position={[item.lat, item.lng]}
          icon={clusterIcon(item.counts)}
          title={`${item.count} rumah, ketuk untuk memperbesar`}
          eventHandlers={{ click: () => map.flyTo([item.lat, item.lng], item.expansionZoom) }}
        />
      );
    }
    const h = item.household;
    const selected = h.id === selectedId;
    const next = h.id === nextId;
    return (
      <CircleMarker
        key={`${h.id}:${next ? 'next' : ''}`}
        center={[item.lat, item.lng]}
        radius={selected || next ? 11 : 8}
        pathOptions={{
          fillColor: HOUSEHOLD_STATUS[h.status].color,
          fillOpacity: 0.9,
          color: selected ? '#1c2526' : next ? '#1d4ed8' : '#ffffff',
          weight: next ? 4 : 2,
        }}
        // Set when the marker is made (pathOptions are applied later, as styles only).
        className={`household-dot household-${h.status}${next ? ' household-next' : ''}`}
        eventHandlers={{ click: () => onSelect(h) }}
      />
    );
  });
}

function viewOf(map: ReturnType<typeof useMap>) {
  const b = map.getBounds();
  return {
    bbox: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] as [
      number,
      number,
      number,
      number,
    ],
    zoom: map.getZoom(),
  };
}

/** One icon per distinct mix of statuses: panning redraws the same clusters without new SVG. */
const icons = new Map<string, ReturnType<typeof divIcon>>();
function clusterIcon(counts: StatusCounts) {
  const key = Object.values(counts).join(',');
  let icon = icons.get(key);
  if (!icon) {
    const size = donutSize(Object.values(counts).reduce((a, b) => a + b, 0));
    icon = divIcon({
      html: donutSvg(counts),
      className: 'household-cluster',
      iconSize: [size, size],
    });
    if (icons.size > 5_000) icons.clear();
    icons.set(key, icon);
  }
  return icon;
}
