import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays } from '@shared/dates';
import { isomanSchema } from '@shared/domain/isoman';
import { validate } from '@shared/domain/validation';

const base = {
  residentId: '0190a4e2-3c4d-7e5f-8a9b-0c1d2e3f4a5b',
  householdId: '0190a4e2-3c4d-7e5f-8a9b-0c1d2e3f4a5c',
  kelurahanCode: '32.75.01.1001',
  rw: 1,
  rt: 1,
  startDate: '2021-07-10',
  outcome: null,
};

describe('isomanSchema: end and outcome not before the start', () => {
  it('refuses an expected end before the start, in Indonesian', () => {
    expect(validate(isomanSchema, { ...base, expectedEndDate: '2021-07-09' })).toEqual({
      ok: false,
      errors: { expectedEndDate: 'Perkiraan selesai tidak boleh sebelum tanggal mulai.' },
    });
  });

  it('property: accepted exactly when the end and the outcome are on or after the start', () => {
    fc.assert(
      fc.property(fc.integer({ min: -30, max: 30 }), fc.integer({ min: -30, max: 30 }), (e, o) => {
        const record = {
          ...base,
          expectedEndDate: addDays(base.startDate, e),
          outcome: 'sembuh',
          outcomeDate: addDays(base.startDate, o),
        };
        expect(validate(isomanSchema, record).ok).toBe(e >= 0 && o >= 0);
      }),
    );
  });
});
