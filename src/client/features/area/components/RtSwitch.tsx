import { formatRwRt } from '@shared/wilayah/wilayah';

/** Above the home list of a relawan with several RTs: one tap to another of their RTs. */
export function RtSwitch({
  rts,
  current,
  onPick,
}: {
  rts: readonly number[];
  current: number;
  onPick: (rt: number) => void;
}) {
  if (rts.length < 2) return null;
  return (
    <div className="filter-chips" role="group" aria-label="RT Anda">
      {rts.map((rt) => (
        <button key={rt} type="button" aria-pressed={rt === current} onClick={() => onPick(rt)}>
          RT {formatRwRt(rt)}
        </button>
      ))}
    </div>
  );
}
