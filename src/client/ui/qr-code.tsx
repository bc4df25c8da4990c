import { encode } from 'uqr';

/**
 * The invitation link as a QR code, drawn as one SVG path (no inline script or markup
 * string, so the content security policy stays strict). This module and `uqr` load only on
 * the invitation screen.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
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
      width="220"
      height="220"
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
      style={{ background: '#fff', display: 'block', margin: '0 auto' }}
    >
      <path d={d} fill="#000" />
    </svg>
  );
}
