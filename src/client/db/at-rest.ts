import { chacha20poly1305 } from '@noble/ciphers/chacha.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import type {
  DBCore,
  DBCoreCursor,
  DBCoreGetManyRequest,
  DBCoreGetRequest,
  DBCoreMutateRequest,
  DBCoreOpenCursorRequest,
  DBCoreQueryRequest,
  DBCoreTable,
  Middleware,
} from 'dexie';

/**
 * Records at rest (docs/decisions/records-at-rest.md). Each record of a field table, each
 * outbox row and each refused change is stored as the few fields its indexes need, in clear
 * (ids, area, sequence numbers), and everything else as one `sealed` blob:
 * ChaCha20-Poly1305 with the phone's random 256-bit data key, a random 12-byte nonce, and the
 * table and key as associated data (a blob moved to another record does not open). So every
 * field a record has or gains — name, NIK, KK, birth date, phone, notes, isoman, visits' and
 * doses' free text such as `proofText` — is sealed without being listed: only the clear ones
 * are listed, below.
 *
 * The cipher is synchronous (@noble/ciphers): a Dexie transaction closes when it waits on
 * anything but its own requests, and WebCrypto answers with promises.
 *
 * NIK and KK are found by a keyed hash (`nikKey`, `kkKey`: HMAC-SHA-256 with a key made from
 * the data key, 16 bytes, base64url), never by their value. Names are searched in memory
 * (search.ts and the home list's index); their words are sealed with the record.
 */
export const SEALED = 'sealed';

/** The fields kept in clear, per table: what its indexes and primary key read. */
export const CLEAR_FIELDS: Readonly<Record<string, readonly string[]>> = {
  households: ['id', 'kelurahanCode', 'rw', 'rt', 'kkKey'],
  residents: ['id', 'householdId', 'kelurahanCode', 'rw', 'rt', 'nikKey'],
  isoman: ['id', 'residentId', 'householdId', 'kelurahanCode', 'rw', 'rt'],
  doses: ['id', 'residentId', 'householdId', 'kelurahanCode', 'rw', 'rt'],
  visits: ['id', 'householdId', 'kelurahanCode', 'rw', 'rt'],
  followups: ['id', 'householdId', 'residentId', 'kelurahanCode', 'rw', 'rt'],
  outboxRows: ['seq', 'size', 'entityIds'],
  rejected: ['id', 'rejectedAt'],
};

/** Keyed-hash index fields: which field of the record each one stands for. */
const HASHED: Readonly<Record<string, readonly [index: string, field: string]>> = {
  residents: ['nikKey', 'nik'],
  households: ['kkKey', 'kkNumber'],
};

export type AtRestKeys = {
  /** Seals and opens records. */
  dataKey: Uint8Array;
  /** Keys the NIK and KK hashes; made from the data key. */
  indexKey: Uint8Array;
};

/** A write of personal data while the phone is locked: nothing is written. */
export class LockedError extends Error {
  override name = 'LockedError';
  constructor() {
    super('Aplikasi terkunci. Masukkan PIN untuk membuka data.');
  }
}

/** The hash key of a phone without a data key yet (tests; a phone before its first unlock). */
const CLEAR_INDEX_KEY = new Uint8Array(32);

export function keysOf(dataKey: Uint8Array): AtRestKeys {
  return { dataKey, indexKey: hmac(sha256, dataKey, new TextEncoder().encode('pintu-index-1')) };
}

/**
 * The data key of one database, in memory only while the phone is unlocked. `required`: a
 * write of personal data without the key is refused (the app's database); otherwise it is
 * stored in clear, with its hashes keyed by a fixed key, and sealed at the next unlock
 * (`sealClearRecords`) — tests use that, and so does a phone upgraded before its first unlock.
 */
export class AtRestState {
  keys: AtRestKeys | null = null;
  required = false;
  private readonly listeners = new Set<() => void>();

  open(keys: AtRestKeys): void {
    this.keys = keys;
    this.listeners.forEach((l) => l());
  }

  close(): void {
    if (!this.keys) return;
    this.keys.dataKey.fill(0);
    this.keys.indexKey.fill(0);
    this.keys = null;
    this.listeners.forEach((l) => l());
  }

  get isOpen(): boolean {
    return this.keys !== null;
  }

  /** Whether personal data may be written now (the key is here, or not needed). */
  get canWrite(): boolean {
    return this.keys !== null || !this.required;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The keyed hash of a NIK or KK number, as its index holds it. */
  hashOf(value: string): string {
    return hashWith(this.keys?.indexKey ?? CLEAR_INDEX_KEY, value);
  }
}

function hashWith(key: Uint8Array, value: string): string {
  const mac = hmac(sha256, key, new TextEncoder().encode(value)).subarray(0, 16);
  return btoa(String.fromCharCode(...mac))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();
/** Random 96-bit nonces: safe for 2^32 records per key, far more than a phone writes. */
const NONCE = 12;

function aadOf(table: string, key: unknown): Uint8Array {
  return encoder.encode(`${table}:${String(key)}`);
}

/** One record as stored: its clear fields, its hashes, the rest sealed. */
export function sealRecord(
  table: string,
  record: Record<string, unknown>,
  state: AtRestState,
  nonce: Uint8Array,
): Record<string, unknown> {
  const clearFields = CLEAR_FIELDS[table]!;
  const stored: Record<string, unknown> = {};
  const rest: Record<string, unknown> = {};
  for (const field in record) {
    if (field === SEALED) continue;
    if (clearFields.includes(field)) stored[field] = record[field];
    else rest[field] = record[field];
  }
  const hashed = HASHED[table];
  if (hashed) {
    const value = record[hashed[1]];
    if (typeof value === 'string' && value) stored[hashed[0]] = state.hashOf(value);
    else delete stored[hashed[0]];
  }
  if (!state.keys) {
    if (state.required) throw new LockedError();
    return { ...rest, ...stored };
  }
  const primary = stored[clearFields[0]!];
  const cipher = chacha20poly1305(state.keys.dataKey, nonce, aadOf(table, primary));
  const sealed = cipher.encrypt(encoder.encode(JSON.stringify(rest)));
  const blob = new Uint8Array(NONCE + sealed.length);
  blob.set(nonce);
  blob.set(sealed, NONCE);
  stored[SEALED] = blob;
  return stored;
}

/**
 * A stored record as the app reads it: opened, without its hashes. A sealed record read
 * without the key (a locked phone) comes back with its clear fields only.
 */
export function openRecord(table: string, stored: unknown, state: AtRestState): unknown {
  if (!stored || typeof stored !== 'object') return stored;
  const {
    [SEALED]: blob,
    nikKey: _n,
    kkKey: _k,
    ...clear
  } = stored as Record<string, unknown> & { [SEALED]?: Uint8Array };
  if (!blob) return clear;
  if (!state.keys) return clear;
  const primary = clear[CLEAR_FIELDS[table]![0]!];
  const cipher = chacha20poly1305(
    state.keys.dataKey,
    blob.subarray(0, NONCE),
    aadOf(table, primary),
  );
  let opened: Uint8Array;
  try {
    opened = cipher.decrypt(blob.subarray(NONCE));
  } catch {
    // Sealed by another key (an earlier sign-in's) or altered: it reads as if locked.
    return clear;
  }
  const rest = JSON.parse(decoder.decode(opened)) as object;
  return { ...rest, ...clear };
}

/** Whether a stored record is sealed (for the sealing at unlock and for tests). */
export function isSealed(stored: unknown): boolean {
  return !!stored && typeof stored === 'object' && SEALED in stored;
}

/**
 * The DBCore middleware: seals what is put, opens what is read. It sits closest to
 * IndexedDB (level -2, below Dexie's own caches and hooks), so everything above it, the
 * app and Dexie's live queries alike, sees records in clear.
 */
export function atRestMiddleware(state: AtRestState): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'AtRest',
    level: -2,
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return CLEAR_FIELDS[name] ? sealedTable(name, table, state) : table;
      },
    }),
  };
}

function sealedTable(name: string, table: DBCoreTable, state: AtRestState): DBCoreTable {
  const open = (value: unknown) => openRecord(name, value, state);
  return {
    ...table,
    mutate: (req: DBCoreMutateRequest) => {
      if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
      // An older version's upgrade, before any unlock, rewrites records in clear; they are
      // sealed at the first unlock.
      const upgrading = (req.trans as unknown as IDBTransaction).mode === 'versionchange';
      if (upgrading && !state.keys) return table.mutate(req);
      const nonces = state.keys
        ? crypto.getRandomValues(new Uint8Array(NONCE * req.values.length))
        : null;
      const values = req.values.map((value, i) =>
        sealRecord(
          name,
          value as Record<string, unknown>,
          state,
          nonces ? nonces.subarray(i * NONCE, (i + 1) * NONCE) : new Uint8Array(NONCE),
        ),
      );
      return table.mutate({ ...req, values });
    },
    get: (req: DBCoreGetRequest) => table.get(req).then(open),
    getMany: (req: DBCoreGetManyRequest) => table.getMany(req).then((rows) => rows.map(open)),
    query: (req: DBCoreQueryRequest) =>
      table.query(req).then((res) => (req.values ? { ...res, result: res.result.map(open) } : res)),
    openCursor: (req: DBCoreOpenCursorRequest) =>
      table
        .openCursor(req)
        .then((cursor) => (cursor && req.values !== false ? openedCursor(cursor, open) : cursor)),
  };
}

/** The cursor, its value opened (once per step). */
function openedCursor(cursor: DBCoreCursor, open: (value: unknown) => unknown): DBCoreCursor {
  let seen: unknown = undefined;
  let opened: unknown = undefined;
  return Object.create(cursor, {
    value: {
      get: () => {
        const value = cursor.value;
        if (value !== seen) {
          seen = value;
          opened = open(value);
        }
        return opened;
      },
    },
  }) as DBCoreCursor;
}
