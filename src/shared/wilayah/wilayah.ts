import raw from './data/bekasi-wilayah.json';
import { DISPLAY_NAMES } from './display-names';

/** Kota Bekasi → 12 kecamatan → 56 kelurahan, with Kemendagri codes (see data/SOURCES.md). */
export type Kelurahan = {
  code: string; // 32.75.01.1001
  officialName: string; // as Kemendagri writes it: Bekasijaya
  name: string; // as people write it: Bekasi Jaya
  kecamatanCode: string;
  kecamatanName: string;
};

export type Kecamatan = {
  code: string; // 32.75.01
  officialName: string;
  name: string;
  kelurahan: readonly Kelurahan[];
};

export const KOTA = { code: raw.kota.code, name: raw.kota.name } as const;

export const KECAMATAN: readonly Kecamatan[] = raw.kecamatan.map((kec) => {
  const name = DISPLAY_NAMES[kec.code] ?? kec.name;
  return {
    code: kec.code,
    officialName: kec.name,
    name,
    kelurahan: kec.kelurahan.map((kel) => ({
      code: kel.code,
      officialName: kel.name,
      name: DISPLAY_NAMES[kel.code] ?? kel.name,
      kecamatanCode: kec.code,
      kecamatanName: name,
    })),
  };
});

export const KELURAHAN: readonly Kelurahan[] = KECAMATAN.flatMap((kec) => kec.kelurahan);

const BY_CODE = new Map(KELURAHAN.map((kel) => [kel.code, kel]));

export function findKelurahan(code: string): Kelurahan | undefined {
  return BY_CODE.get(code);
}

export function isKelurahanCode(code: string): boolean {
  return BY_CODE.has(code);
}

/** Compares names the way people type them: no case, spaces or punctuation. */
export function normalizeName(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Finds a kelurahan by either spelling ("Bekasi Jaya" or "Bekasijaya"). */
export function findKelurahanByName(name: string): Kelurahan | undefined {
  const key = normalizeName(name);
  return KELURAHAN.find(
    (k) => normalizeName(k.officialName) === key || normalizeName(k.name) === key,
  );
}

/** RW and RT are numbered within a kelurahan and shown with three digits: RW 003, RT 005. */
export const MAX_RW = 99;
export const MAX_RT = 99;

export function formatRwRt(n: number): string {
  return String(n).padStart(3, '0');
}

export type Area = { kelurahanCode: string; rw: number; rt: number };

export function areaLabel(area: Area): string {
  const kel = findKelurahan(area.kelurahanCode);
  return `RT ${formatRwRt(area.rt)} / RW ${formatRwRt(area.rw)}, ${kel?.name ?? area.kelurahanCode}`;
}
