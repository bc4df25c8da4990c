import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  compactHlc,
  compactNode,
  compareHlc,
  formatHlc,
  HlcClock,
  isHlc,
  legacyHlc,
  maxHlc,
  parseHlc,
} from '@shared/sync/hlc';
import { mergeFieldState, type FieldState } from '@shared/sync/merge';

/** What a version 3 app wrote: 15 + 6 digits and the node as it was, a device's full id. */
const written3 = (wall: number, counter: number, node: string) =>
  `${String(wall).padStart(15, '0')}-${String(counter).padStart(6, '0')}-${node}`;

const uuid = fc.uuid({ version: 7 });
const node = fc.oneof(uuid, fc.constantFrom('server', 'demo'));
const write = fc.record({
  wall: fc.integer({ min: 0, max: 2 ** 44 - 1 }),
  counter: fc.integer({ min: 0, max: 999_999 }),
  node,
  legacy: fc.boolean(),
});
type Write = { wall: number; counter: number; node: string; legacy: boolean };
const stringOf = (w: Write) =>
  w.legacy ? written3(w.wall, w.counter, w.node) : formatHlc({ ...w });
/** The order writes must keep: by time, then by node (a device taken by its compact node). */
const order = (a: Write, b: Write) =>
  Math.sign(
    a.wall - b.wall ||
      a.counter - b.counter ||
      (compactNode(a.node) < compactNode(b.node)
        ? -1
        : compactNode(a.node) > compactNode(b.node)
          ? 1
          : 0),
  );

describe('HLCs of version 3 and version 4 side by side', () => {
  it('order by (wall, counter, node) whichever form each is in', () => {
    fc.assert(
      fc.property(write, write, (a, b) => {
        expect(Math.sign(compareHlc(stringOf(a), stringOf(b)))).toBe(order(a, b));
      }),
      { numRuns: 2000 },
    );
  });

  it('take a later full-length stamp as later than an earlier compact one, and back', () => {
    const device = '0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b';
    const old = written3(1_763_884_800_001, 0, device);
    const earlier = formatHlc({ wall: 1_763_884_800_000, counter: 999, node: 'zzzzzzzzzzz' });
    const later = formatHlc({ wall: 1_763_884_800_001, counter: 1, node: 'AAAAAAAAAAA' });
    expect(old < earlier).toBe(true); // as strings the two forms do not compare by time …
    expect(compareHlc(old, earlier)).toBeGreaterThan(0); // … as HLCs they do
    expect(compareHlc(earlier, old)).toBeLessThan(0);
    expect(compareHlc(old, later)).toBeLessThan(0);
    expect(maxHlc(old, earlier)).toBe(old);
    expect(maxHlc(later, old)).toBe(later);
  });

  it('call a full-length stamp and its compact form the same write', () => {
    fc.assert(
      fc.property(write, (w) => {
        const old = written3(w.wall, w.counter, w.node);
        const compact = compactHlc(old);
        expect(compact).toBe(formatHlc(w));
        expect(compact.length).toBeLessThanOrEqual(28);
        expect(compareHlc(old, compact)).toBe(0);
        expect(compareHlc(compact, old)).toBe(0);
        expect(isHlc(old) && isHlc(compact)).toBe(true);
      }),
    );
  });

  it('compact stamps sort as plain strings exactly as compareHlc orders them', () => {
    fc.assert(
      fc.property(write, write, (a, b) => {
        const sa = formatHlc(a);
        const sb = formatHlc(b);
        expect(Math.sign(sa < sb ? -1 : sa > sb ? 1 : 0)).toBe(order(a, b));
      }),
    );
  });

  it('the legacy form sent to a version 3 app sorts as strings in the same order', () => {
    fc.assert(
      fc.property(write, write, (a, b) => {
        const la = legacyHlc(formatHlc(a));
        const lb = legacyHlc(formatHlc(b));
        expect(/^\d{15}-\d{6}-[0-9A-Za-z_-]{1,64}$/.test(la)).toBe(true);
        expect(Math.sign(la < lb ? -1 : la > lb ? 1 : 0)).toBe(order(a, b));
        expect(compareHlc(la, formatHlc(a))).toBe(0);
      }),
    );
  });

  it('a device clock restarted from a full-length stamp goes on after it, compact', () => {
    const device = '0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b';
    const saved = written3(5_000, 7, device);
    const clock = new HlcClock(device, saved, () => 4_000);
    const next = clock.next();
    expect(next).toBe(formatHlc({ wall: 5_000, counter: 8, node: compactNode(device) }));
    expect(compareHlc(next, saved)).toBeGreaterThan(0);
  });

  it('merges writes arriving in either form, in any order, to the same record', () => {
    const fields = ['name', 'phone', 'deleted'];
    const edit = fc.record({
      field: fc.constantFrom(...fields),
      value: fc.oneof(fc.string({ maxLength: 3 }), fc.constant(true)),
      at: write,
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), fc.nat(), (edits, seed) => {
        const states: FieldState[] = edits.map((e) => ({
          values: { [e.field]: e.field === 'deleted' ? true : e.value },
          hlc: { [e.field]: stringOf(e.at) },
        }));
        const shuffled = [...states].sort(
          (x, y) =>
            ((states.indexOf(x) * 7919 + seed) % 97) - ((states.indexOf(y) * 7919 + seed) % 97),
        );
        const merge = (list: FieldState[]) =>
          list.reduce<FieldState | undefined>((acc, s) => mergeFieldState(acc, s), undefined)!;
        const a = merge(states);
        const b = merge(shuffled);
        const ties = edits.some((x) =>
          edits.some((y) => x !== y && x.field === y.field && order(x.at, y.at) === 0),
        );
        if (ties) return; // the same stamp twice with two values is no write a clock makes
        expect(a.values).toEqual(b.values);
        for (const f of Object.keys(a.hlc)) expect(compareHlc(a.hlc[f]!, b.hlc[f]!)).toBe(0);
        expect(Object.keys(a.hlc).sort()).toEqual(Object.keys(b.hlc).sort());
      }),
      { numRuns: 500 },
    );
  });

  it('gives a device its node from the random end of its id, 11 characters', () => {
    const a = compactNode('0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b');
    expect(a).toMatch(/^[0-9A-Za-z_-]{11}$/);
    expect(compactNode('0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2c')).not.toBe(a);
    expect(compactNode('server')).toBe('server');
    expect(parseHlc(written3(1, 2, '0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b')).node).toBe(a);
  });

  it('writes a clock centuries ahead as the greatest stamp, still readable', () => {
    const year3000 = written3(Date.UTC(3000, 0, 1), 3, '0190a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b');
    const compact = compactHlc(year3000);
    expect(isHlc(compact)).toBe(true);
    expect(parseHlc(compact).wall).toBe(2 ** 44 - 1);
    expect(new HlcClock('dev', year3000).next() > compact).toBe(true);
  });
});
