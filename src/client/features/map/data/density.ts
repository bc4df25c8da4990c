/**
 * The "belum divaksin" density: each house's eligible residents without a dose, as a soft
 * spot whose strength grows with their number, summed where houses crowd and coloured from
 * pale yellow (few) to dark red (many). Plain canvas 2D, no heat-map library.
 */
export type DensityPoint = { x: number; y: number; weight: number };

/** A house's spot strength: 1 resident faint, 4 or more full. */
export const spotWeight = (unvaccinated: number) => Math.min(1, unvaccinated / 4);

/** The spot's radius in pixels: about 35 m on the ground, 8–40 px whatever the zoom. */
export function spotRadius(zoom: number, lat: number): number {
  const metresPerPixel = (156_543.03 * Math.cos((lat * Math.PI) / 180)) / 2 ** zoom;
  return Math.max(8, Math.min(40, 35 / metresPerPixel));
}

/** The colour ramp by summed strength (0–255): yellow, orange, red, dark red. */
export const DENSITY_STOPS: readonly [number, string][] = [
  [0.15, '#ffffb2'],
  [0.4, '#fecc5c'],
  [0.65, '#fd8d3c'],
  [0.85, '#e31a1c'],
  [1, '#800026'],
];

let palette: Uint8ClampedArray | null = null;
function paletteOf(): Uint8ClampedArray {
  if (palette) return palette;
  const canvas = document.createElement('canvas');
  canvas.width = 256;
  canvas.height = 1;
  const ctx = canvas.getContext('2d')!;
  const gradient = ctx.createLinearGradient(0, 0, 256, 0);
  for (const [at, color] of DENSITY_STOPS) gradient.addColorStop(at, color);
  ctx.fillStyle = gradient;
  ctx.fillRect(0, 0, 256, 1);
  palette = ctx.getImageData(0, 0, 256, 1).data;
  return palette;
}

const stamps = new Map<number, HTMLCanvasElement>();
function stampOf(radius: number): HTMLCanvasElement {
  const r = Math.round(radius);
  let stamp = stamps.get(r);
  if (!stamp) {
    stamp = document.createElement('canvas');
    stamp.width = stamp.height = r * 2;
    const ctx = stamp.getContext('2d')!;
    const gradient = ctx.createRadialGradient(r, r, 0, r, r, r);
    gradient.addColorStop(0, 'rgba(0,0,0,1)');
    gradient.addColorStop(1, 'rgba(0,0,0,0)');
    ctx.fillStyle = gradient;
    ctx.fillRect(0, 0, r * 2, r * 2);
    stamps.set(r, stamp);
  }
  return stamp;
}

/** Draws the spots onto `canvas` (already sized), then colours them by their summed strength. */
export function drawDensity(
  canvas: HTMLCanvasElement,
  points: readonly DensityPoint[],
  radius: number,
): void {
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  if (points.length === 0 || canvas.width === 0 || canvas.height === 0) return;
  const stamp = stampOf(radius);
  const r = stamp.width / 2;
  // How many spots cover a pixel on average: with thousands in view each is fainter, so that
  // only places denser than the rest turn red, not the whole map.
  const overlap = (points.length * Math.PI * r * r) / (canvas.width * canvas.height);
  const strength = Math.min(0.45, 1.2 / Math.max(1, overlap));
  for (const p of points) {
    ctx.globalAlpha = p.weight * strength;
    ctx.drawImage(stamp, p.x - r, p.y - r);
  }
  ctx.globalAlpha = 1;
  const image = ctx.getImageData(0, 0, canvas.width, canvas.height);
  const px = image.data;
  const colours = paletteOf();
  for (let i = 3; i < px.length; i += 4) {
    const a = px[i]!;
    if (a === 0) continue;
    const j = a * 4;
    px[i - 3] = colours[j]!;
    px[i - 2] = colours[j + 1]!;
    px[i - 1] = colours[j + 2]!;
    px[i] = Math.min(200, 60 + a);
  }
  ctx.putImageData(image, 0, 0);
}
