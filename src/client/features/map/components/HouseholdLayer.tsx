import { divIcon } from 'leaflet';
import { useMemo, useState } from 'react';
import { CircleMarker, Marker, useMap, useMapEvents } from 'react-leaflet';
import { indexHouseholds, itemsInView, type MapHousehold } from '../data/clusters';
import { HOUSEHOLD_STATUS } from '../data/household-status';

/**
 * Households as dots coloured by status, grouped into numbered clusters where they crowd; the
 * clusters are recomputed after each move or zoom. Tapping a cluster zooms into it.
 */
export function HouseholdLayer({
  households,
  selectedId,
  onSelect,
}: {
  households: readonly MapHousehold[];
  selectedId: string | null;
  onSelect: (household: MapHousehold) => void;
}) {
  const map = useMap();
  const index = useMemo(() => indexHouseholds(households), [households]);
  const [view, setView] = useState(() => viewOf(map));
  useMapEvents({ moveend: () => setView(viewOf(map)) });
  const items = useMemo(() => itemsInView(index, view.bbox, view.zoom), [index, view]);

  return items.map((item) =>
    item.kind === 'cluster' ? (
      <Marker
        key={`c${item.id}`}
        position={[item.lat, item.lng]}
        icon={clusterIcon(item.count)}
        eventHandlers={{ click: () => map.flyTo([item.lat, item.lng], item.expansionZoom) }}
      />
    ) : (
      <CircleMarker
        key={item.household.id}
        center={[item.lat, item.lng]}
        radius={item.household.id === selectedId ? 10 : 7}
        pathOptions={{
          fillColor: HOUSEHOLD_STATUS[item.household.status].color,
          fillOpacity: 0.9,
          color: item.household.id === selectedId ? '#1c2526' : '#ffffff',
          weight: 2,
        }}
        // Set when the marker is made (pathOptions are applied later, as styles only).
        className={`household-dot household-${item.household.status}`}
        eventHandlers={{ click: () => onSelect(item.household) }}
      />
    ),
  );
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

const icons = new Map<number, ReturnType<typeof divIcon>>();
function clusterIcon(count: number) {
  let icon = icons.get(count);
  if (!icon) {
    const size = count < 10 ? 30 : count < 100 ? 36 : 44;
    icon = divIcon({
      html: `<span>${count}</span>`,
      className: 'household-cluster',
      iconSize: [size, size],
    });
    icons.set(count, icon);
  }
  return icon;
}
