/** Enumerations of the resident record with their Indonesian labels. */

export const SEXES = ['L', 'P'] as const;
export type Sex = (typeof SEXES)[number];
export const SEX_LABELS: Record<Sex, string> = { L: 'Laki-laki', P: 'Perempuan' };

/** "Hubungan dalam keluarga" as printed on the kartu keluarga. */
export const RELATIONS = [
  'kepala',
  'suami',
  'istri',
  'anak',
  'menantu',
  'cucu',
  'orang-tua',
  'mertua',
  'famili-lain',
  'pembantu',
  'lainnya',
] as const;
export type Relation = (typeof RELATIONS)[number];
export const RELATION_LABELS: Record<Relation, string> = {
  kepala: 'Kepala keluarga',
  suami: 'Suami',
  istri: 'Istri',
  anak: 'Anak',
  menantu: 'Menantu',
  cucu: 'Cucu',
  'orang-tua': 'Orang tua',
  mertua: 'Mertua',
  'famili-lain': 'Famili lain',
  pembantu: 'Pembantu',
  lainnya: 'Lainnya',
};

/** Whether the resident still lives here; only `aktif` residents count in coverage. */
export const RESIDENCE_STATUSES = ['aktif', 'pindah', 'meninggal'] as const;
export type ResidenceStatus = (typeof RESIDENCE_STATUSES)[number];
export const RESIDENCE_STATUS_LABELS: Record<ResidenceStatus, string> = {
  aktif: 'Tinggal di sini',
  pindah: 'Pindah',
  meninggal: 'Meninggal',
};
