// Fake answers of the coverage endpoints in the shapes of src/shared/coverage/api.ts, for
// component tests and for trying the screens before the server answers.
import type {
  CityCoverage,
  CoverageRow,
  KelurahanCoverage,
  TrendPoint,
} from '@shared/coverage/api';
import { emptyCounts, finishCoverage } from '@shared/domain/coverage';
import { KECAMATAN, KELURAHAN } from '@shared/wilayah/wilayah';

export function fakeRow(key: string, name: string, eligible: number, lengkap: number): CoverageRow {
  const counts = emptyCounts();
  Object.assign(counts, {
    households: Math.ceil(eligible / 3),
    householdsVisited: Math.ceil(eligible / 4),
    residents: Math.round(eligible * 1.3),
    eligible,
    dosis1: Math.min(eligible, lengkap + 5),
    lengkap,
    booster: Math.floor(lengkap / 3),
    activeIsoman: lengkap % 4,
  });
  counts.unvaccinatedByReason['tanpa-alasan'] = Math.max(0, eligible - lengkap - 5);
  return { ...finishCoverage(counts), key, name, familyClusters: 0 };
}

export function fakeTrend(days: number, eligible: number): TrendPoint[] {
  return Array.from({ length: days }, (_, i) => ({
    date: `2026-11-${String(i + 1).padStart(2, '0')}`,
    eligible,
    dosis1: Math.round((eligible * (30 + i * 2)) / 100),
    lengkap: Math.round((eligible * (20 + i * 2)) / 100),
    booster: Math.round((eligible * (5 + i)) / 100),
    activeIsoman: 3,
    householdsVisited: 10 * i,
  }));
}

/** The 56 kelurahan with lengkap shares spread from 10% to 90% of 100 eligible each. */
export function fakeCity(asOf = '2026-11-27T09:30:00.000Z'): CityCoverage {
  const kelurahan = KELURAHAN.map((kel, i) => ({
    ...fakeRow(kel.code, kel.name, 100, 10 + ((i * 37) % 81)),
    kecamatanCode: kel.kecamatanCode,
    kecamatanName: kel.kecamatanName,
  })).sort((a, b) => b.pctLengkap - a.pctLengkap);
  const total = fakeRow(
    '32.75',
    'Kota Bekasi',
    5600,
    kelurahan.reduce((s, k) => s + k.lengkap, 0),
  );
  return {
    asOf,
    target: 0.7,
    total,
    kelurahan,
    kecamatan: KECAMATAN.map((kec, i) =>
      fakeRow(kec.code, kec.name, 100 * kec.kelurahan.length, 30 + i),
    ),
    isoman: kelurahan
      .filter((k) => k.activeIsoman > 0)
      .map((k) => ({ kelurahanCode: k.key, name: k.name, active: k.activeIsoman }))
      .sort((a, b) => b.active - a.active),
    trend: fakeTrend(20, 5600),
  };
}

export function fakeKelurahan(code: string, asOf = '2026-11-27T09:30:00.000Z'): KelurahanCoverage {
  const rws = Array.from({ length: 8 }, (_, i) =>
    fakeRow(String(i + 1), `RW ${String(i + 1).padStart(3, '0')}`, 60 + i * 5, 20 + i * 6),
  );
  return {
    asOf,
    target: 0.7,
    kelurahanCode: code,
    name: code,
    total: fakeRow(code, code, 740, 400),
    rws,
    trend: fakeTrend(14, 740),
  };
}
