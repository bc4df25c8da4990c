import { formatRwRt, type Area } from '@shared/wilayah/wilayah';
import type { Scope } from '../data/area-records';

/**
 * What the list shows, in one control: each of the relawan's RTs (one, for most), then the
 * whole RW. Picking another RT makes it the working RT (`onPickRt`, from the area feature).
 */
export function ScopeSwitch({
  area,
  scope,
  rts,
  onScope,
  onPickRt,
}: {
  area: Area;
  scope: Scope;
  rts: readonly number[];
  onScope: (scope: Scope) => void;
  onPickRt: (rt: number) => void;
}) {
  const choices = rts.includes(area.rt) ? rts : [area.rt];
  return (
    <div className="scope-switch" role="group" aria-label="Lingkup daftar">
      {choices.map((rt) => (
        <button
          key={rt}
          type="button"
          aria-pressed={scope === 'rt' && rt === area.rt}
          onClick={() => {
            if (rt !== area.rt) onPickRt(rt);
            onScope('rt');
          }}
        >
          RT {formatRwRt(rt)}
        </button>
      ))}
      <button type="button" aria-pressed={scope === 'rw'} onClick={() => onScope('rw')}>
        Seluruh RW {formatRwRt(area.rw)}
      </button>
    </div>
  );
}
