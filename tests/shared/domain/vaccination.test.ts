import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '@shared/domain/config';
import {
  ageOn,
  deriveStatus,
  isBoosterEligibleByAge,
  isEligibleByAge,
  nextDoseKind,
  statusAtLeast,
  type DoseLike,
} from '@shared/domain/vaccination';

const d1 = (product: DoseLike['product'] = 'coronavac'): DoseLike => ({ kind: 'dosis1', product });
const d2 = (product: DoseLike['product'] = 'coronavac'): DoseLike => ({ kind: 'dosis2', product });
const b1: DoseLike = { kind: 'booster1', product: 'pfizer' };
const b2: DoseLike = { kind: 'booster2', product: 'indovac' };
const voided = (dose: DoseLike): DoseLike => ({ ...dose, deleted: true });

describe('deriveStatus', () => {
  it.each([
    ['no dose', [], 'belum'],
    ['dosis 1 of a two-dose vaccine', [d1()], 'dosis1'],
    ['dosis 1 and 2', [d1(), d2()], 'lengkap'],
    ['Janssen single dose', [d1('janssen')], 'lengkap'],
    ['CanSino single dose', [d1('cansino')], 'lengkap'],
    ['a booster', [d1(), d2(), b1], 'booster'],
    ['a second booster', [d1(), d2(), b1, b2], 'booster'],
    ['doses recorded out of order', [b1, d2(), d1()], 'booster'],
    ['only dosis 2 recorded (dosis 1 elsewhere)', [d2()], 'lengkap'],
  ] as const)('%s → %s', (_, doses, status) => {
    expect(deriveStatus(doses)).toBe(status);
  });

  it('ignores voided doses', () => {
    expect(deriveStatus([voided(d1())])).toBe('belum');
    expect(deriveStatus([d1(), voided(d2())])).toBe('dosis1');
    expect(deriveStatus([d1(), d2(), voided(b1)])).toBe('lengkap');
    expect(deriveStatus([voided(d1('janssen'))])).toBe('belum');
  });
});

describe('statusAtLeast and nextDoseKind', () => {
  it('orders statuses belum < dosis1 < lengkap < booster', () => {
    expect(statusAtLeast('lengkap', 'dosis1')).toBe(true);
    expect(statusAtLeast('lengkap', 'lengkap')).toBe(true);
    expect(statusAtLeast('dosis1', 'lengkap')).toBe(false);
    expect(statusAtLeast('belum', 'dosis1')).toBe(false);
    expect(statusAtLeast('booster', 'booster')).toBe(true);
  });

  it('offers the first dose not yet given, skipping voided ones', () => {
    expect(nextDoseKind([])).toBe('dosis1');
    expect(nextDoseKind([d1()])).toBe('dosis2');
    expect(nextDoseKind([d1(), voided(d2())])).toBe('dosis2');
    expect(nextDoseKind([d1(), d2(), b1])).toBe('booster2');
    expect(nextDoseKind([d1(), d2(), b1, b2])).toBeNull();
  });
});

describe('age and eligibility', () => {
  const today = '2026-11-23';

  it('counts whole years from the birth date, turning older on the birthday', () => {
    expect(ageOn({ birthDate: '2020-11-23' }, today)).toBe(6);
    expect(ageOn({ birthDate: '2020-11-24' }, today)).toBe(5);
    expect(ageOn({ birthDate: '2008-02-29' }, '2026-02-28')).toBe(17);
    expect(ageOn({ birthDate: '2008-02-29' }, '2026-03-01')).toBe(18);
  });

  it('ages an age told earlier by the years since it was told', () => {
    expect(ageOn({ ageYears: 40, ageAsOf: '2024-11-23' }, today)).toBe(42);
    expect(ageOn({ ageYears: 40, ageAsOf: '2024-11-24' }, today)).toBe(41);
    expect(ageOn({ ageYears: 40 }, today)).toBe(40);
    expect(ageOn({ ageYears: 40, birthDate: '2000-01-01' }, today)).toBe(26);
    expect(ageOn({}, today)).toBeNull();
  });

  it('makes the primary series eligible from 6 years by default', () => {
    expect(DEFAULT_CONFIG.primaryMinAgeYears).toBe(6);
    expect(isEligibleByAge({ birthDate: '2020-11-24' }, today)).toBe(false);
    expect(isEligibleByAge({ birthDate: '2020-11-23' }, today)).toBe(true);
    expect(isEligibleByAge({ ageYears: 5 }, today)).toBe(false);
  });

  it('counts an unknown age as eligible (an adult met at the door)', () => {
    expect(isEligibleByAge({}, today)).toBe(true);
    expect(isBoosterEligibleByAge({}, today)).toBe(true);
  });

  it('makes boosters eligible from 18 years by default', () => {
    expect(isBoosterEligibleByAge({ birthDate: '2008-11-24' }, today)).toBe(false);
    expect(isBoosterEligibleByAge({ birthDate: '2008-11-23' }, today)).toBe(true);
  });

  it('follows another configuration when given one', () => {
    const config = { ...DEFAULT_CONFIG, primaryMinAgeYears: 12, boosterMinAgeYears: 16 };
    expect(isEligibleByAge({ ageYears: 11 }, today, config)).toBe(false);
    expect(isEligibleByAge({ ageYears: 12 }, today, config)).toBe(true);
    expect(isBoosterEligibleByAge({ ageYears: 16 }, today, config)).toBe(true);
    expect(isBoosterEligibleByAge({ ageYears: 15 }, today, config)).toBe(false);
  });
});
