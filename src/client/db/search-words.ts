import type { HouseholdRecord, ResidentRecord } from '@shared/domain/entities';
import type { LocalHousehold, LocalResident } from './schema';

/**
 * Lower-cased words for prefix search, stored beside the record on the device only.
 * "Siti Nur Aminah" → ["siti", "nur", "aminah"], so "amin" finds her.
 */
export function wordsOf(...texts: (string | null | undefined)[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) if (word) words.add(word);
  }
  return [...words];
}

export function withHouseholdWords(h: HouseholdRecord): LocalHousehold {
  return { ...h, searchWords: wordsOf(h.headName, h.street, h.houseNumber) };
}

export function withResidentWords(r: ResidentRecord): LocalResident {
  return { ...r, nameWords: wordsOf(r.name) };
}

/** Removes device-only fields before a record leaves the device (export, push). */
export function withoutLocalFields<T extends object>(record: T): T {
  const {
    searchWords: _s,
    nameWords: _n,
    ...rest
  } = record as T & {
    searchWords?: unknown;
    nameWords?: unknown;
  };
  return rest as T;
}
