/**
 * Indonesian names are written many ways: the spelling of 1947 (Ejaan Soewandi) and the Dutch
 * one before it live on in names ("Soekarno", "Djoko", "Tjipto", "Sjahrir"), and the same name
 * is written "Rudy" or "Rudi", "Muhammad" or "Muhamad". A volunteer types what they hear, so
 * search compares names through a key that writes every such variant the same way (EYD):
 * "rudy santoso" finds "Rudi Santoso", "djoko" finds "Joko".
 *
 * Pure functions; the phone stores each name's words and keys beside the record
 * (`src/client/db/search-words.ts`) and searches them by prefix.
 */

/**
 * Old spellings and their EYD form, applied in this order to a lower-cased word. "nj" comes
 * before "dj" so that "Pandji" becomes "panji" (not "panyi"); "sj" and "nj" give "y", which the
 * last rule then makes "i" like every other "y".
 */
const OLD_SPELLINGS: readonly (readonly [RegExp, string])[] = [
  [/oe/g, 'u'], // Soekarno → Sukarno
  [/nj/g, 'ny'], // Njoman → Nyoman
  [/dj/g, 'j'], // Djoko → Joko
  [/tj/g, 'c'], // Tjipto → Cipto
  [/sj/g, 'sy'], // Sjahrir → Syahrir
  [/ch/g, 'kh'], // only a "ch" the rules made ("ckh"): written ones are read by `spellingKeys`
  [/kh/g, 'h'], // Akhmad → Ahmad, Khairul → Hairul
  [/dh/g, 'd'], // Ramadhan → Ramadan
  [/th/g, 't'], // Fathimah → Fatimah
  [/ph/g, 'f'], // Stephanus → Stefanus
  [/q/g, 'k'], // Qomariah → Komariah
  [/y/g, 'i'], // Rudy → Rudi, Surya → Suria
];

/**
 * "ch" is read three ways in names: "kh" in the old spelling (Chairil, Achmad), "c" (Chandra →
 * Candra) and "k" (Christina → Kristina). A word with "ch" gets a key for each reading.
 */
const CH_READINGS = ['kh', 'c', 'k'] as const;

/** Letters without accents: "Désy" → "desy". */
function plain(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Rules and collapsing again until nothing changes ("kkha" → "kha" → "ha"): a key is its own key. */
function keyOf(word: string): string {
  let key = word;
  for (let before = ''; before !== key;) {
    before = key;
    for (const [old, eyd] of OLD_SPELLINGS) key = key.replace(old, eyd);
    // Doubled letters, written or made by the rules above: Muhammad → muhamad, Saadah → sadah.
    key = key.replace(/(\p{L})\1+/gu, '$1');
  }
  return key;
}

/**
 * The spelling keys of one word (one, or three for a word with "ch"): two spellings of a name
 * share a key. Lower case, without accents.
 */
export function spellingKeys(word: string): string[] {
  const lower = plain(word);
  if (!lower.includes('ch')) return [keyOf(lower)];
  return [...new Set(CH_READINGS.map((reading) => keyOf(lower.replaceAll('ch', reading))))];
}

/** Lower-cased words of a text, split on anything that is not a letter or a digit. */
export function wordsOfText(text: string): string[] {
  return plain(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * What is stored to search a name by: its words as written and their spelling keys, each
 * once. "Rudy Santoso" → ["rudy", "rudi", "santoso"]. A key never holds an old spelling, so a
 * query word as written that starts a key is itself a variant of that name.
 */
export function searchWordsOf(...texts: (string | null | undefined)[]): string[] {
  const words = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const word of wordsOfText(text)) {
      words.add(word);
      for (const key of spellingKeys(word)) words.add(key);
    }
  }
  return [...words];
}

/**
 * The prefixes a typed word is looked up by: as typed (so "so", on the way to "soekarno",
 * already finds "Soekarno") and its spelling keys ("rudy" → "rudi"). Each once.
 */
export function queryVariants(queryWord: string): string[] {
  const lower = plain(queryWord);
  return [...new Set([lower, ...spellingKeys(lower)])];
}

/** Whether a typed word starts one of a record's stored search words (`searchWordsOf`). */
export function startsAnyWord(variants: readonly string[], stored: readonly string[]): boolean {
  return variants.some((v) => stored.some((word) => word.startsWith(v)));
}

/**
 * Whether every word of `query` starts a word of `name`, as written or in another spelling.
 * "rudy sant" matches "Rudi Santoso"; "djoko" matches "Joko Widodo".
 */
export function nameMatches(name: string, query: string): boolean {
  const stored = searchWordsOf(name);
  const terms = wordsOfText(query);
  return terms.length > 0 && terms.every((t) => startsAnyWord(queryVariants(t), stored));
}

/**
 * The parts of `name` that the typed words match, as [start, end) character ranges, for
 * highlighting: the typed prefix when spelled as written ("sant" in "Santoso"), else the
 * shortest start of the word whose key the typed word's key starts ("rudy" → "Rudi").
 */
export function matchedRanges(name: string, query: string): [number, number][] {
  const variants = wordsOfText(query).map(queryVariants);
  const ranges: [number, number][] = [];
  for (const m of name.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const word = m[0];
    const length = longestMatch(word, variants);
    if (length > 0) ranges.push([m.index, m.index + length]);
  }
  return ranges;
}

function longestMatch(word: string, variants: readonly string[][]): number {
  let best = 0;
  for (const typed of variants) {
    if (!startsAnyWord(typed, searchWordsOf(word))) continue;
    for (let length = 1; length <= word.length; length++) {
      if (startsAnyWord(typed, searchWordsOf(word.slice(0, length)))) {
        best = Math.max(best, length);
        break;
      }
    }
  }
  return best;
}
