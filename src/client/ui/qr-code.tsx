import { encode } from 'uqr';

/**
 * A QR code (an invitation link, a household sticker), drawn as one SVG path (no inline script
 * or markup string, so the content security policy stays strict). This module and `uqr` load
 * only with the screens that draw one (the invitation, the sticker sheet).
 */
export function QrCode({
  text,
  label,
  size: width = 220,
}: {
  text: string;
  label: string;
  /** Drawn width and height, in CSS pixels (or any CSS length). */
  size?: number | string;
}) {
  const { data, size } = encode(text, { ecc: 'M', border: 2 });
  let d = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) d += `M${x},${y}h1v1h-1z`;
    }),
  );
  return (
    <svg
      viewBox={`0 0 ${size} ${size}`}
      width={width}
      height={width}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      style={{ background: '#fff', display: 'block', margin: '0 auto' }}
    >
      <path d={d} fill="#000" />
    </svg>
  );
}
