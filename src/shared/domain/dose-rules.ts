import { addDays, formatDateId, type IsoDate } from '../dates';
import {
  DOSE_KINDS,
  DOSE_LABELS,
  SINGLE_DOSE_PRODUCTS,
  VACCINE_LABELS,
  type DoseKind,
  type VaccineProduct,
} from './vaccination';
import {
  BOOSTER1_AFTER_SERIES_MONTHS,
  BOOSTER2_AFTER_BOOSTER1_MONTHS,
  PRIMARY_INTERVAL_DAYS,
} from './vaccine-intervals';

/** What the rules read of a dose. Voided (deleted) doses are left out by the caller. */
export type DatedDose = { id: string; kind: DoseKind; product: VaccineProduct; date: IsoDate };

/**
 * A rule one or two doses break together. `doses` names them (the later one last), so a
 * check of one new dose looks only at the problems it takes part in; `field` is the dose
 * field the message belongs under in a form.
 */
export type DoseProblem = { doses: readonly string[]; field: 'date' | 'kind'; message: string };

/**
 * The rules across a resident's doses (no zod: the household page shows them as warnings):
 *   1. no dose before the resident's birth, nor after `today`;
 *   2. dosis 2 after dosis 1 by at least the interval of dosis 1's vaccine, and none after a
 *      single-dose vaccine (the next one is a booster). Dosis 2 alone is allowed: dosis 1
 *      may have been given elsewhere and not told (see deriveStatus);
 *   3. booster 1 only after a complete primary series, by at least 3 months;
 *   4. booster 2 only after booster 1, by at least 6 months.
 * Where a kind is recorded twice, the earliest counts.
 */
export function doseProblems(
  doses: readonly DatedDose[],
  resident: { birthDate?: IsoDate | null | undefined },
  today: IsoDate,
): DoseProblem[] {
  const problems: DoseProblem[] = [];
  const label = (d: DatedDose) => `${DOSE_LABELS[d.kind]} (${formatDateId(d.date)})`;
  // 1.
  for (const d of doses) {
    if (resident.birthDate && d.date < resident.birthDate) {
      const born = formatDateId(resident.birthDate);
      problems.push(one(d, 'date', `${label(d)} tidak boleh sebelum tanggal lahir (${born}).`));
    }
    if (d.date > today) problems.push(one(d, 'date', `${label(d)} tidak boleh setelah hari ini.`));
  }
  // 2.
  const { dosis1, dosis2, booster1 } = earliestByKind(doses);
  for (const later of doses.filter((d) => d.kind === 'dosis2')) {
    if (dosis1) problems.push(...primaryProblems(dosis1, later, label));
  }
  // 3.
  const series = dosis2 ?? (dosis1 && SINGLE_DOSE_PRODUCTS.has(dosis1.product) ? dosis1 : null);
  for (const b1 of doses.filter((d) => d.kind === 'booster1')) {
    if (!series) {
      const message =
        'Booster 1 hanya setelah dosis primer lengkap: catat dosis primernya lebih dulu.';
      problems.push(one(b1, 'kind', message));
    } else if (b1.date < addMonths(series.date, BOOSTER1_AFTER_SERIES_MONTHS)) {
      const message = `${label(b1)} paling cepat ${BOOSTER1_AFTER_SERIES_MONTHS} bulan setelah ${label(series)}.`;
      problems.push(pair(series, b1, 'date', message));
    }
  }
  // 4.
  for (const b2 of doses.filter((d) => d.kind === 'booster2')) {
    if (!booster1) {
      problems.push(
        one(b2, 'kind', 'Booster 2 hanya setelah Booster 1: catat Booster 1 lebih dulu.'),
      );
    } else if (b2.date < addMonths(booster1.date, BOOSTER2_AFTER_BOOSTER1_MONTHS)) {
      const message = `${label(b2)} paling cepat ${BOOSTER2_AFTER_BOOSTER1_MONTHS} bulan setelah ${label(booster1)}.`;
      problems.push(pair(booster1, b2, 'date', message));
    }
  }
  return problems;
}

function primaryProblems(
  dosis1: DatedDose,
  dosis2: DatedDose,
  label: (d: DatedDose) => string,
): DoseProblem[] {
  const days = PRIMARY_INTERVAL_DAYS[dosis1.product];
  const vaccine = VACCINE_LABELS[dosis1.product];
  if (days === null) {
    const message = `${vaccine} cukup satu dosis: catat dosis berikutnya sebagai Booster 1.`;
    return [pair(dosis1, dosis2, 'kind', message)];
  }
  if (dosis2.date <= dosis1.date) {
    const message = `${label(dosis2)} harus setelah ${label(dosis1)}.`;
    return [pair(dosis1, dosis2, 'date', message)];
  }
  if (dosis2.date < addDays(dosis1.date, days)) {
    const message = `Jarak ${label(dosis1)} ke ${label(dosis2)} paling sedikit ${days} hari untuk ${vaccine}.`;
    return [pair(dosis1, dosis2, 'date', message)];
  }
  return [];
}

/** The problems a new or changed dose takes part in: what a form or a push is refused for. */
export function problemsOf(doseId: string, problems: readonly DoseProblem[]): DoseProblem[] {
  return problems.filter((p) => p.doses.includes(doseId));
}

/** Doses in the order they are given (dosis 1, dosis 2, booster 1, booster 2), then by date. */
export function compareDoses(
  a: Pick<DatedDose, 'kind' | 'date'>,
  b: Pick<DatedDose, 'kind' | 'date'>,
) {
  return DOSE_KINDS.indexOf(a.kind) - DOSE_KINDS.indexOf(b.kind) || a.date.localeCompare(b.date);
}

/** The same day `months` calendar months later (31-01 + 1 month → 28/29-02). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

function earliestByKind(doses: readonly DatedDose[]): Partial<Record<DoseKind, DatedDose>> {
  const byKind: Partial<Record<DoseKind, DatedDose>> = {};
  for (const d of doses) {
    const seen = byKind[d.kind];
    if (!seen || d.date < seen.date) byKind[d.kind] = d;
  }
  return byKind;
}

function one(d: DatedDose, field: DoseProblem['field'], message: string): DoseProblem {
  return { doses: [d.id], field, message };
}

function pair(
  a: DatedDose,
  b: DatedDose,
  field: DoseProblem['field'],
  message: string,
): DoseProblem {
  return { doses: [a.id, b.id], field, message };
}
