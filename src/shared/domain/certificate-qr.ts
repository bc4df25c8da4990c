import { isValidIsoDate, type IsoDate } from '../dates';
import { spellingKeys, wordsOfText } from './name-spelling';
import type { PROOF_MISMATCHES } from './vaccination';

/**
 * What a vaccination certificate QR may tell about its holder. The national certificates
 * (PeduliLindungi, SatuSehat) do not publish one format, and many QRs hold only an id or a
 * verification URL: then nothing is read and nothing is compared. Read, in this order:
 * 1. a URL's query (and `#…` fragment) parameters: `…/v?nama=Siti&nik=3275…&tgl=2021-08-17`;
 * 2. a JSON object, its fields or those of an object inside it (`{"data":{"name":…}}`);
 * 3. `key=value` or `key: value` pairs split by `;`, `&`, `|` or line breaks.
 * Keys, in any case: name `nama`, `name`, `full_name`; NIK `nik`, `id_number`, `nomor_nik`;
 * date `tanggal`, `tgl`, `date`, `vaccination_date`, `tanggal_vaksin`. A NIK is 16 digits, or
 * masked with `*`/`x` for some (`3275********0001`); a name may be masked too (`SITI A*****`).
 * Dates: `2021-08-17` (a time after it is ignored), `17-08-2021`, `17/08/2021`.
 */
export type CertificateFacts = { name?: string; nik?: string; date?: IsoDate };
export type ProofMismatch = (typeof PROOF_MISMATCHES)[number];

const KEYS: Record<keyof CertificateFacts, readonly string[]> = {
  name: ['nama', 'name', 'fullname', 'namalengkap'],
  nik: ['nik', 'idnumber', 'nomornik', 'noktp'],
  date: ['tanggal', 'tgl', 'date', 'vaccinationdate', 'tanggalvaksin', 'vaksindate'],
};

/** The facts a QR's text holds (see above); an empty object when it holds none. */
export function readCertificateQr(text: string): CertificateFacts {
  const trimmed = text.trim();
  return factsOf(pairsOfUrl(trimmed) ?? pairsOfJson(trimmed) ?? pairsOfText(trimmed));
}

function factsOf(pairs: readonly (readonly [string, unknown])[]): CertificateFacts {
  const facts: CertificateFacts = {};
  for (const [rawKey, rawValue] of pairs) {
    if (typeof rawValue !== 'string' && typeof rawValue !== 'number') continue;
    const key = rawKey.toLowerCase().replace(/[^a-z]/g, '');
    const value = String(rawValue).trim();
    if (!facts.name && KEYS.name.includes(key) && /\p{L}/u.test(value)) facts.name = value;
    if (!facts.nik && KEYS.nik.includes(key)) facts.nik = nikOf(value) ?? undefined;
    if (!facts.date && KEYS.date.includes(key)) facts.date = dateOf(value) ?? undefined;
  }
  return Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined));
}

/** A URL's query and fragment parameters (no `URL` here: the shared code has no DOM types). */
function pairsOfUrl(text: string): [string, string][] | null {
  if (!/^https?:\/\/\S+$/i.test(text)) return null;
  const params = text.replace(/^[^?#]*/, '').split(/[?#&]/);
  return params.flatMap((param): [string, string][] => {
    const [key, ...rest] = param.split('=');
    if (!key || rest.length === 0) return [];
    const decode = (s: string) => {
      try {
        return decodeURIComponent(s.replace(/\+/g, ' '));
      } catch {
        return s;
      }
    };
    return [[decode(key), decode(rest.join('='))]];
  });
}

function pairsOfJson(text: string): [string, unknown][] | null {
  if (!text.startsWith('{')) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return isObject(parsed) ? entriesDeep(parsed, 0) : null;
  } catch {
    return null;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An object's fields, then those of the objects inside it (two levels at most). */
function entriesDeep(object: Record<string, unknown>, depth: number): [string, unknown][] {
  const own = Object.entries(object);
  if (depth >= 2) return own;
  return [...own, ...own.flatMap(([, v]) => (isObject(v) ? entriesDeep(v, depth + 1) : []))];
}

function pairsOfText(text: string): [string, string][] {
  return text
    .split(/[;&|\r\n]+/)
    .map((part) => /^\s*([\p{L}_ .-]+?)\s*[=:]\s*(.+?)\s*$/u.exec(part))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => [m[1]!, m[2]!]);
}

/** 16 digits, some possibly masked (`*` or `x`); spaces and dots between them are dropped. */
function nikOf(value: string): string | null {
  const compact = value.replace(/[\s.-]/g, '').replace(/x/gi, '*');
  return /^[\d*]{16}$/.test(compact) && /\d/.test(compact) ? compact : null;
}

function dateOf(value: string): IsoDate | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/.exec(value);
  const local = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(value);
  const date = iso
    ? `${iso[1]}-${iso[2]}-${iso[3]}`
    : local
      ? `${local[3]}-${local[2]!.padStart(2, '0')}-${local[1]!.padStart(2, '0')}`
      : null;
  return date && isValidIsoDate(date) ? date : null;
}

/**
 * What the QR's facts disagree on with the resident (as the form holds them now) and the
 * dose's date. A fact the QR does not hold, or the resident lacks (no NIK typed), is not
 * compared. Names compare word by word through their spelling keys (`Djoko` = `Joko`), a
 * masked word by its visible start; a masked NIK by its visible digits.
 */
export function proofMismatches(
  facts: CertificateFacts,
  resident: { name: string; nik: string | null },
  doseDate: IsoDate,
): ProofMismatch[] {
  const found: ProofMismatch[] = [];
  if (facts.name && resident.name.trim() && !sameName(facts.name, resident.name)) {
    found.push('nama');
  }
  const nik = resident.nik?.replace(/\s/g, '');
  if (facts.nik && nik && !sameMasked(facts.nik, nik)) found.push('nik');
  if (facts.date && facts.date !== doseDate) found.push('tanggal');
  return found;
}

function sameMasked(masked: string, value: string): boolean {
  return masked.length === value.length && [...masked].every((c, i) => c === '*' || c === value[i]);
}

function sameName(onQr: string, typed: string): boolean {
  const qrWords = onQr
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}*]+/u)
    .filter(Boolean);
  const words = wordsOfText(typed);
  if (qrWords.length !== words.length) return false;
  return qrWords.every((w, i) => sameWord(w, words[i]!));
}

function sameWord(onQr: string, word: string): boolean {
  if (onQr.includes('*')) return word.startsWith(onQr.slice(0, onQr.indexOf('*')));
  const keys = spellingKeys(word);
  return spellingKeys(onQr).some((k) => keys.includes(k));
}

const MISMATCH_LABELS: Record<ProofMismatch, string> = {
  nama: 'nama',
  nik: 'NIK',
  tanggal: 'tanggal vaksin',
};

/** "QR sertifikat tidak cocok dengan data warga: nama dan NIK berbeda." (null when none) */
export function mismatchMessage(mismatches: readonly ProofMismatch[]): string | null {
  if (mismatches.length === 0) return null;
  const labels = mismatches.map((m) => MISMATCH_LABELS[m]);
  const list =
    labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(', ')} dan ${labels.at(-1)}`;
  return `QR sertifikat tidak cocok dengan data warga: ${list} berbeda. Periksa sertifikat dan data warga.`;
}
