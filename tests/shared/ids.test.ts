import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { uuidv7, UUID_PATTERN } from '@shared/ids';

describe('uuidv7', () => {
  it('is a version 7, variant 10 UUID whose first 48 bits are the time in ms', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 48 - 1 }), (ms) => {
        const id = uuidv7(ms);
        expect(id).toMatch(UUID_PATTERN);
        expect(id[14]).toBe('7');
        expect('89ab').toContain(id[19]);
        expect(parseInt(id.slice(0, 8) + id.slice(9, 13), 16)).toBe(ms);
      }),
    );
  });

  it('sorts by time: an id of a later millisecond sorts after', () => {
    const t = Date.UTC(2026, 10, 30, 8, 0, 0);
    for (let i = 0; i < 1000; i++) expect(uuidv7(t + i) < uuidv7(t + i + 1)).toBe(true);
  });

  it('never repeats in the same millisecond', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 20_000; i++) ids.add(uuidv7(1_764_489_600_000));
    expect(ids.size).toBe(20_000);
  });

  it('made one after another, sorts in the order made, within a millisecond too', () => {
    const ids = Array.from({ length: 20_000 }, () => uuidv7());
    expect([...ids].sort()).toEqual(ids);
  });
});
