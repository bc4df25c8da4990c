import type { EntityName } from '../domain/entities';
import type { RecordChange } from './protocol';

/**
 * A pull page in columns (`GET /api/sync/pull?encoding=columns`, docs/sync-protocol.md): the
 * records of each entity as one table whose field names are sent once, each field a column of
 * values, so that alike values sit side by side for gzip and brotli. UUIDs (the record ids and
 * every column that holds only UUIDs, such as `householdId`) are 22 characters of base64url
 * instead of 36; a UUID that is the id of a record in the same page is sent as that record's
 * number in the page (the tables' records counted in table order). Lossless: `decodeColumns`
 * gives back the page's records, in their order, with exactly their fields.
 */
export type ColumnChanges = {
  tables: ColumnTable[];
  /** Each record's table (index into `tables`), in the page's order. */
  order: number[];
};

export type ColumnTable = {
  entity: EntityName;
  /** Every field any of the table's records has. */
  fields: string[];
  /** Record ids: base64url for a lower-case UUID, else `=` and the id as it is. */
  ids: string[];
  /**
   * Per record: its one clock (`RecordChange.at`), or null when it has none. A clock whose
   * wall time is the record id's (UUID v7: a record not changed since it was made) is sent
   * without it, as `^` and its counter and node.
   */
  at: (string | null)[];
  /** Per record: the stamps `at` does not cover (`RecordChange.hlc`), or 0 when none. */
  hlc: (Record<string, string> | 0)[];
  /** Per record: 1 when deleted. */
  deleted: (0 | 1)[];
  /** One column per field, a value per record. */
  columns: unknown[][];
  /** The fields whose columns hold UUIDs, encoded as the ids are or as a record's number. */
  uuidFields: string[];
  /** Record number (in this table) → the fields it does not have, when some record lacks one. */
  missing?: Record<number, string[]>;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64_VALUE = new Map([...B64].map((c, i) => [c, i]));
const LITERAL = '=';
const SAME_WALL = '^';

/** The 11 hex digits of an HLC's wall time that a UUID v7's first 48 bits give, if they do. */
function wallOfId(id: string): string | null {
  return UUID.test(id) && id[0] === '0' ? id.slice(1, 8) + id.slice(9, 13) : null;
}

function packAt(at: string | undefined, id: string): string | null {
  if (at === undefined) return null;
  const wall = wallOfId(id);
  return wall !== null && at.startsWith(wall) ? SAME_WALL + at.slice(wall.length) : at;
}

function unpackAt(at: string | null | undefined, id: string): string | undefined {
  if (at === null || at === undefined) return undefined;
  return at.startsWith(SAME_WALL) ? wallOfId(id)! + at.slice(1) : at;
}

/** A lower-case UUID as 22 characters of base64url (its 128 bits, 4 padding bits); else `=id`. */
export function packId(id: string): string {
  if (!UUID.test(id)) return LITERAL + id;
  const hex = id.replaceAll('-', '');
  let out = '';
  // 32 hex digits = 128 bits: 21 groups of 6 bits and 2 bits left over.
  let bits = 0;
  let value = 0;
  for (const digit of hex) {
    value = (value << 4) | parseInt(digit, 16);
    bits += 4;
    while (bits >= 6) {
      bits -= 6;
      out += B64[(value >> bits) & 63];
    }
    value &= (1 << bits) - 1;
  }
  return out + B64[(value << (6 - bits)) & 63];
}

export function unpackId(packed: string): string {
  if (packed.startsWith(LITERAL)) return packed.slice(1);
  let hex = '';
  let bits = 0;
  let value = 0;
  for (const c of packed) {
    const v = B64_VALUE.get(c);
    if (v === undefined) throw new Error(`not a packed id: ${packed}`);
    value = (value << 6) | v;
    bits += 6;
    while (bits >= 4 && hex.length < 32) {
      bits -= 4;
      hex += ((value >> bits) & 15).toString(16);
    }
    value &= (1 << bits) - 1;
  }
  if (hex.length !== 32) throw new Error(`not a packed id: ${packed}`);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function encodeColumns(changes: readonly RecordChange[]): ColumnChanges {
  const byEntity = new Map<EntityName, RecordChange[]>();
  const order: number[] = [];
  const tableOf = new Map<EntityName, number>();
  for (const change of changes) {
    let t = tableOf.get(change.entity);
    if (t === undefined) {
      t = tableOf.size;
      tableOf.set(change.entity, t);
      byEntity.set(change.entity, []);
    }
    byEntity.get(change.entity)!.push(change);
    order.push(t);
  }
  // Record numbers in table order: the decoder numbers them the same way.
  const numberOf = new Map<string, number>();
  let n = 0;
  for (const records of byEntity.values()) {
    for (const r of records) {
      if (!numberOf.has(r.id)) numberOf.set(r.id, n);
      n++;
    }
  }
  const tables = [...byEntity].map(([entity, records]): ColumnTable => {
    const fields = [...new Set(records.flatMap((r) => Object.keys(r.values)))];
    const missing: Record<number, string[]> = {};
    records.forEach((r, i) => {
      const lacks = fields.filter((f) => !Object.hasOwn(r.values, f));
      if (lacks.length > 0) missing[i] = lacks;
    });
    const uuidFields: string[] = [];
    const columns = fields.map((field) => {
      const column = records.map((r) => r.values[field] ?? null);
      const present = column.filter((v) => v !== null);
      if (present.length === 0 || !present.every((v) => typeof v === 'string' && UUID.test(v))) {
        return column;
      }
      uuidFields.push(field);
      return column.map((v) =>
        v === null ? null : (numberOf.get(v as string) ?? packId(v as string)),
      );
    });
    return {
      entity,
      fields,
      ids: records.map((r) => packId(r.id)),
      at: records.map((r) => packAt(r.at, r.id)),
      hlc: records.map((r) => (Object.keys(r.hlc).length > 0 ? r.hlc : 0)),
      deleted: records.map((r) => (r.deleted ? 1 : 0)),
      columns,
      uuidFields,
      ...(Object.keys(missing).length > 0 ? { missing } : {}),
    };
  });
  return { tables, order };
}

export function decodeColumns(page: ColumnChanges): RecordChange[] {
  const ids = page.tables.map((t) => t.ids.map(unpackId));
  const numbered = ids.flat();
  const perTable = page.tables.map((table, t) => {
    const uuid = new Set(table.uuidFields);
    return ids[t]!.map((id, i): RecordChange => {
      const lacks = new Set(table.missing?.[i] ?? []);
      const values: Record<string, unknown> = {};
      table.fields.forEach((field, f) => {
        if (lacks.has(field)) return;
        const v = table.columns[f]![i];
        values[field] =
          !uuid.has(field) || v === null
            ? v
            : typeof v === 'number'
              ? numbered[v]
              : unpackId(v as string);
      });
      const at = unpackAt(table.at[i], id);
      const hlc = table.hlc[i];
      return {
        entity: table.entity,
        id,
        values,
        hlc: hlc === 0 || hlc === undefined ? {} : hlc,
        ...(at !== undefined ? { at } : {}),
        deleted: table.deleted[i] === 1,
      };
    });
  });
  const next = page.tables.map(() => 0);
  return page.order.map((t) => perTable[t]![next[t]!++]!);
}
