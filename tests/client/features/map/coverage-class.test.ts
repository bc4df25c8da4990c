import { describe, expect, it } from 'vitest';
import { COVERAGE_CLASSES, coverageClass } from '@client/features/map/data/coverage-class';

const area = (pctLengkap: number, eligible = 100) => ({ pctLengkap, eligible });

describe('coverage colour classes', () => {
  it('puts the lengkap share against the target into the legend classes', () => {
    expect(coverageClass(area(0.7), 0.7).id).toBe('tercapai');
    expect(coverageClass(area(0.95), 0.7).id).toBe('tercapai');
    expect(coverageClass(area(0.699), 0.7).id).toBe('hampir');
    expect(coverageClass(area(0.525), 0.7).id).toBe('hampir'); // exactly 75% of the target
    expect(coverageClass(area(0.524), 0.7).id).toBe('separuh');
    expect(coverageClass(area(0.35), 0.7).id).toBe('separuh'); // exactly half the target
    expect(coverageClass(area(0.349), 0.7).id).toBe('rendah');
    expect(coverageClass(area(0), 0.7).id).toBe('rendah');
  });

  it('follows a target configured for the kota', () => {
    expect(coverageClass(area(0.6), 0.6).id).toBe('tercapai');
    expect(coverageClass(area(0.6), 0.8).id).toBe('hampir');
  });

  it('shows areas with no eligible residents, or no figures, as no data', () => {
    expect(coverageClass(area(0, 0), 0.7).id).toBe('kosong');
    expect(coverageClass(undefined, 0.7).id).toBe('kosong');
  });

  it('gives every class its own colour and an Indonesian legend label', () => {
    const colours = COVERAGE_CLASSES.map((c) => c.color);
    expect(new Set(colours).size).toBe(colours.length);
    expect(COVERAGE_CLASSES.map((c) => c.label)).toEqual([
      'Target tercapai',
      '75–99% dari target',
      '50–74% dari target',
      'Di bawah 50% dari target',
      'Belum ada data',
    ]);
  });
});
