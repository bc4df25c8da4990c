import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc, HlcClock, isHlc, maxHlc, parseHlc, type HlcParts } from '@shared/sync/hlc';

const parts = fc.record({
  wall: fc.integer({ min: 0, max: 2 ** 44 - 1 }), // 11 hex digits: until the year 2527
  counter: fc.integer({ min: 0, max: 999_999 }),
  node: fc.stringMatching(/^[0-9A-Za-z_-]{1,12}$/),
});
const compare = (a: HlcParts, b: HlcParts) =>
  a.wall - b.wall || a.counter - b.counter || (a.node < b.node ? -1 : a.node > b.node ? 1 : 0);

describe('HLC strings', () => {
  it('round-trip through format and parse', () => {
    fc.assert(
      fc.property(parts, (p) => {
        expect(parseHlc(formatHlc(p))).toEqual(p);
      }),
    );
  });

  it('sort as strings exactly as (wall, counter, node) do', () => {
    fc.assert(
      fc.property(parts, parts, (a, b) => {
        const sa = formatHlc(a);
        const sb = formatHlc(b);
        expect(Math.sign(sa < sb ? -1 : sa > sb ? 1 : 0)).toBe(Math.sign(compare(a, b)));
      }),
    );
  });

  it('recognises only well-formed HLCs', () => {
    expect(isHlc('000001763884800000-000003-demo')).toBe(false); // 18 digits of wall
    expect(isHlc('001763884800000-000003-demo')).toBe(true);
    expect(isHlc('001763884800000-000003-')).toBe(false);
    expect(isHlc('001763884800000-3-demo')).toBe(false);
    expect(isHlc('001763884800000-000003-a b')).toBe(false);
    expect(isHlc(42)).toBe(false);
    expect(() => parseHlc('nonsense')).toThrow();
  });

  it('picks the later of two, either missing', () => {
    const a = formatHlc({ wall: 1, counter: 0, node: 'a' });
    const b = formatHlc({ wall: 1, counter: 1, node: 'a' });
    expect(maxHlc(a, b)).toBe(b);
    expect(maxHlc(b, a)).toBe(b);
    expect(maxHlc(undefined, a)).toBe(a);
    expect(maxHlc(a, undefined)).toBe(a);
    expect(maxHlc(undefined, undefined)).toBeUndefined();
  });
});

describe('HlcClock', () => {
  function manual(start: number) {
    let now = start;
    return { now: () => now, set: (t: number) => (now = t) };
  }

  it('follows the wall clock and resets the counter when it moves on', () => {
    const time = manual(1_000);
    const clock = new HlcClock('dev', undefined, time.now);
    expect(parseHlc(clock.next())).toEqual({ wall: 1_000, counter: 0, node: 'dev' });
    expect(parseHlc(clock.next())).toEqual({ wall: 1_000, counter: 1, node: 'dev' });
    time.set(2_000);
    expect(parseHlc(clock.next())).toEqual({ wall: 2_000, counter: 0, node: 'dev' });
  });

  it('never goes back when the wall clock does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1_000_000 }), { maxLength: 50 }), (times) => {
        const time = manual(500_000);
        const clock = new HlcClock('dev', undefined, time.now);
        let last = clock.next();
        for (const t of times) {
          time.set(t);
          const next = clock.next();
          expect(next > last).toBe(true);
          last = next;
        }
      }),
    );
  });

  it('continues after a restart from the last HLC saved, even with the clock set back', () => {
    const before = new HlcClock('dev', undefined, () => 5_000);
    before.next();
    const saved = before.last;
    const after = new HlcClock('dev', saved, () => 1_000);
    expect(after.next() > saved).toBe(true);
  });

  it('moves past a remote HLC it observes, so the next edit sorts after it', () => {
    const clock = new HlcClock('dev', undefined, () => 1_000);
    const remote = formatHlc({ wall: 60_000, counter: 7, node: 'zzz' });
    clock.observe(remote);
    const next = clock.next();
    expect(parseHlc(next)).toEqual({ wall: 60_000, counter: 8, node: 'dev' });
    expect(parseHlc(next).wall).toBe(60_000);
  });

  it('follows a remote HLC however far ahead of a slow wall clock (the server clamped it)', () => {
    const dayBehind = 1_000;
    const clock = new HlcClock('dev', undefined, () => dayBehind);
    const seen = formatHlc({ wall: dayBehind + 24 * 60 * 60_000, counter: 3, node: 'x' });
    clock.observe(seen);
    expect(clock.next() > seen).toBe(true);
  });

  it('is not moved back by an older remote HLC', () => {
    const clock = new HlcClock('dev', undefined, () => 9_000);
    const mine = clock.next();
    clock.observe(formatHlc({ wall: 10, counter: 99, node: 'x' }));
    expect(clock.next() > mine).toBe(true);
    expect(parseHlc(clock.last).wall).toBe(9_000);
  });
});
