/** The map's colour key, outside the map so it is read on a small screen. */
export function Legend({
  title,
  items,
}: {
  title: string;
  items: readonly { label: string; color: string }[];
}) {
  return (
    <section className="map-legend" aria-label={title}>
      <h2>{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.label}>
            <span className="swatch" style={{ background: item.color }} aria-hidden="true" />
            {item.label}
          </li>
        ))}
      </ul>
    </section>
  );
}
