import { yearsBetween, type IsoDate } from '../dates';
import { DEFAULT_CONFIG, type ProgrammeConfig } from './config';

// No zod here: the household list of the first route derives statuses with these rules.

export const DOSE_KINDS = ['dosis1', 'dosis2', 'booster1', 'booster2'] as const;
export type DoseKind = (typeof DOSE_KINDS)[number];
export const DOSE_LABELS: Record<DoseKind, string> = {
  dosis1: 'Dosis 1',
  dosis2: 'Dosis 2',
  booster1: 'Booster 1',
  booster2: 'Booster 2',
};

/** Vaccines used in Indonesia's COVID-19 programme. */
export const VACCINE_PRODUCTS = [
  'coronavac',
  'astrazeneca',
  'pfizer',
  'moderna',
  'sinopharm',
  'janssen',
  'novavax',
  'zifivax',
  'indovac',
  'inavac',
  'sputnik-v',
  'cansino',
  'lainnya',
] as const;
export type VaccineProduct = (typeof VACCINE_PRODUCTS)[number];
export const VACCINE_LABELS: Record<VaccineProduct, string> = {
  coronavac: 'CoronaVac (Sinovac)',
  astrazeneca: 'AstraZeneca',
  pfizer: 'Pfizer-BioNTech',
  moderna: 'Moderna',
  sinopharm: 'Sinopharm',
  janssen: 'Janssen (J&J)',
  novavax: 'Novavax (Covovax)',
  zifivax: 'Zifivax',
  indovac: 'IndoVac (Bio Farma)',
  inavac: 'Inavac (Unair)',
  'sputnik-v': 'Sputnik V',
  cansino: 'Convidecia (CanSino)',
  lainnya: 'Lainnya',
};
/** Vaccines whose primary series is a single dose: dosis 1 completes it. */
export const SINGLE_DOSE_PRODUCTS: ReadonlySet<VaccineProduct> = new Set(['janssen', 'cansino']);

/** How a dose was proven: a certificate QR scanned, the vaccination card seen, or stated only. */
export const DOSE_PROOFS = ['qr', 'kartu', 'ucapan'] as const;
export type DoseProof = (typeof DOSE_PROOFS)[number];
/** Fields of a certificate QR that can disagree with the resident. */
export const PROOF_MISMATCHES = ['nama', 'nik', 'tanggal'] as const;

export const VACCINATION_STATUSES = ['belum', 'dosis1', 'lengkap', 'booster'] as const;
export type VaccinationStatus = (typeof VACCINATION_STATUSES)[number];
export const STATUS_LABELS: Record<VaccinationStatus, string> = {
  belum: 'Belum vaksin',
  dosis1: 'Dosis 1',
  lengkap: 'Lengkap',
  booster: 'Booster',
};

/** Why a resident has not (yet) been vaccinated. */
export const NOT_VACCINATED_REASONS = [
  'menolak',
  'takut-kipi',
  'komorbid',
  'hamil',
  'belum-cukup-umur',
  'baru-sembuh-covid',
  'isoman',
  'tidak-di-tempat',
  'lainnya',
] as const;
export type NotVaccinatedReason = (typeof NOT_VACCINATED_REASONS)[number];
export const REASON_LABELS: Record<NotVaccinatedReason, string> = {
  menolak: 'Menolak',
  'takut-kipi': 'Takut KIPI',
  komorbid: 'Komorbid / tunda medis',
  hamil: 'Hamil',
  'belum-cukup-umur': 'Belum cukup umur',
  'baru-sembuh-covid': 'Baru sembuh COVID',
  isoman: 'Sedang isoman',
  'tidak-di-tempat': 'Tidak di tempat',
  lainnya: 'Lainnya',
};

export type DoseLike = { kind: DoseKind; product: VaccineProduct; deleted?: boolean | undefined };

/** The status follows from the doses recorded; a voided (deleted) dose does not count. */
export function deriveStatus(doses: readonly DoseLike[]): VaccinationStatus {
  let status: VaccinationStatus = 'belum';
  for (const dose of doses) {
    if (dose.deleted) continue;
    const s = statusOfDose(dose);
    if (STATUS_RANK[s] > STATUS_RANK[status]) status = s;
  }
  return status;
}

const STATUS_RANK: Record<VaccinationStatus, number> = {
  belum: 0,
  dosis1: 1,
  lengkap: 2,
  booster: 3,
};

function statusOfDose(dose: DoseLike): VaccinationStatus {
  switch (dose.kind) {
    case 'dosis1':
      return SINGLE_DOSE_PRODUCTS.has(dose.product) ? 'lengkap' : 'dosis1';
    case 'dosis2':
      return 'lengkap';
    case 'booster1':
    case 'booster2':
      return 'booster';
  }
}

/** At least `a` by status order (belum < dosis1 < lengkap < booster). */
export function statusAtLeast(status: VaccinationStatus, a: VaccinationStatus): boolean {
  return STATUS_RANK[status] >= STATUS_RANK[a];
}

/** The next dose to offer a resident, or null when nothing more is due. */
export function nextDoseKind(doses: readonly DoseLike[]): DoseKind | null {
  const have = new Set(doses.filter((d) => !d.deleted).map((d) => d.kind));
  for (const kind of DOSE_KINDS) if (!have.has(kind)) return kind;
  return null;
}

export type AgeInfo = {
  birthDate?: IsoDate | null | undefined;
  ageYears?: number | null | undefined;
  ageAsOf?: IsoDate | null | undefined;
};

/** Age in whole years on `today`, from the birth date or from an age given on `ageAsOf`. */
export function ageOn(person: AgeInfo, today: IsoDate): number | null {
  if (person.birthDate) return yearsBetween(person.birthDate, today);
  if (person.ageYears != null) {
    const since = person.ageAsOf ? Math.max(0, yearsBetween(person.ageAsOf, today)) : 0;
    return person.ageYears + since;
  }
  return null;
}

/** Eligible for the primary series by age. Unknown age counts as eligible (an adult door-to-door). */
export function isEligibleByAge(
  person: AgeInfo,
  today: IsoDate,
  config: ProgrammeConfig = DEFAULT_CONFIG,
): boolean {
  const age = ageOn(person, today);
  return age === null || age >= config.primaryMinAgeYears;
}

export function isBoosterEligibleByAge(
  person: AgeInfo,
  today: IsoDate,
  config: ProgrammeConfig = DEFAULT_CONFIG,
): boolean {
  const age = ageOn(person, today);
  return age === null || age >= config.boosterMinAgeYears;
}
