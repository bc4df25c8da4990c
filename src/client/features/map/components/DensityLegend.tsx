import { DENSITY_STOPS } from '../data/density';

/** The density's colour key: from a few to many unvaccinated residents close together. */
export function DensityLegend() {
  const ramp = DENSITY_STOPS.map(([at, color]) => `${color} ${Math.round(at * 100)}%`).join(', ');
  return (
    <section className="map-legend density-legend" aria-label="Kepadatan warga belum divaksin">
      <h2>Warga belum divaksin yang tinggal berdekatan</h2>
      <div
        className="density-ramp"
        style={{ background: `linear-gradient(to right, transparent, ${ramp})` }}
        aria-hidden="true"
      />
      <p className="density-ends small">
        <span>sedikit</span>
        <span>banyak</span>
      </p>
    </section>
  );
}
