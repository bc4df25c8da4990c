import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  matchedRanges,
  nameMatches,
  searchWordsOf,
  spellingKeys,
} from '@shared/domain/name-spelling';

describe('spelling variants of Indonesian names', () => {
  it.each([
    ['Rudi Santoso', 'rudy santoso'],
    ['Joko', 'djoko'],
    ['Sukarno', 'Soekarno'],
    ['Cipto', 'tjipto'],
    ['Syahrir', 'sjahrir'],
    ['Nyoman', 'njoman'],
    ['Panji', 'pandji'],
    ['Muhamad Rizky', 'muhammad rizki'],
    ['Ahmad', 'achmad'],
    ['Ahmad', 'akhmad'],
    ['Khairul', 'chairul'],
    ['Candra', 'chandra'],
    ['Kristina', 'christina'],
    ['Ramadan', 'ramadhan'],
    ['Fatimah', 'fathimah'],
    ['Stefanus', 'stephanus'],
    ['Komariah', 'qomariah'],
    ['Désy Ratna', 'desi ratna'],
    ['Hanna', 'hana'],
  ])('%s is found by "%s", and the other way round', (name, query) => {
    expect(nameMatches(name, query)).toBe(true);
    expect(nameMatches(query, name)).toBe(true);
  });

  it('finds a name while its old spelling is still being typed', () => {
    for (const typed of ['s', 'so', 'soe', 'soek', 'soekarno']) {
      expect(nameMatches('Soekarno', typed)).toBe(true);
    }
    for (const typed of ['d', 'dj', 'djo']) expect(nameMatches('Djoko', typed)).toBe(true);
    // "so" is not yet "soe": it does not find the modern spelling.
    expect(nameMatches('Sukarno', 'so')).toBe(false);
    expect(nameMatches('Sukarno', 'soe')).toBe(true);
  });

  it.each([
    ['Rudi Santoso', 'rina'],
    ['Rudi Santoso', 'rudi hartono'],
    ['Joko', 'yoko'],
    ['Siti Aminah', 'amir'],
    ['Agus', ''],
  ])('%s is not found by "%s"', (name, query) => {
    expect(nameMatches(name, query)).toBe(false);
  });

  it('stores each word as written and its keys once', () => {
    expect(searchWordsOf('Rudy Santoso')).toEqual(['rudy', 'rudi', 'santoso']);
    expect(searchWordsOf('Agus Agus', null, 'No. 11')).toEqual(['agus', 'no', '11']);
    expect(spellingKeys('Achmad')).toEqual(['ahmad', 'acmad', 'akmad']);
  });

  it('marks the matched part of the name', () => {
    expect(matchedRanges('Rudi Santoso', 'rudy sant')).toEqual([
      [0, 4],
      [5, 9],
    ]);
    expect(matchedRanges('Soekarno', 'sukar')).toEqual([[0, 6]]);
    expect(matchedRanges('Joko Widodo', 'djoko')).toEqual([[0, 4]]);
    expect(matchedRanges('Siti Aminah', 'budi')).toEqual([]);
  });
});

// A name in today's spelling (EYD), built from syllables so it reads like one.
const syllable = fc
  .tuple(fc.constantFrom(...'bcdfghjklmnprstwy'), fc.constantFrom(...'aiueo'))
  .map(([c, v]) => c + v);
const eydWord = fc
  .array(syllable, { minLength: 1, maxLength: 4 })
  .map((s) => s.join(''))
  .filter((w) => w.length >= 2);
const eydName = fc.array(eydWord, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' '));

/** Writes a name back in an old spelling, each rule taken or not by the flags. */
function oldSpelling(name: string, flags: readonly boolean[]): string {
  const rules: [RegExp, string][] = [
    [/u/g, 'oe'],
    [/j/g, 'dj'],
    [/c/g, 'tj'],
    [/sy/g, 'sj'],
    [/ny/g, 'nj'],
    [/i\b/g, 'y'],
    [/m/g, 'mm'],
    [/h/g, 'kh'],
  ];
  let old = name;
  rules.forEach(([from, to], i) => {
    if (flags[i]) old = old.replace(from, to);
  });
  return old;
}

describe('properties', () => {
  it('every name is found by each of its old spellings, and each finds it', () => {
    fc.assert(
      fc.property(
        eydName,
        fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }),
        (name, flags) => {
          const old = oldSpelling(name, flags);
          expect(nameMatches(name, old)).toBe(true);
          expect(nameMatches(old, name)).toBe(true);
        },
      ),
    );
  });

  it('every start of every word of a name finds the name', () => {
    fc.assert(
      fc.property(eydName, fc.nat(), fc.nat(), (name, w, cut) => {
        const words = name.split(' ');
        const word = words[w % words.length]!;
        const typed = word.slice(0, 1 + (cut % word.length));
        expect(nameMatches(name, typed.toUpperCase())).toBe(true);
      }),
    );
  });

  // Words where a rule makes a spelling another rule reads ("ckh" → "ch").
  const tricky = fc.constantFrom('ckha', 'kcha', 'oee', 'sjj', 'ndjy', 'tjh', 'sdjoe');
  it('a key is its own key: spelling it again changes nothing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^[a-z]{1,12}$/), tricky), (word) => {
        for (const key of spellingKeys(word)) expect(spellingKeys(key)).toContain(key);
      }),
    );
  });
});
