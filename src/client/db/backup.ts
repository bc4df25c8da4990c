import { ENTITY_NAMES, type EntityName } from '@shared/domain/entities';
import { compactHlc, compactHlcs, HlcClock, isHlc, maxHlc, type Hlc } from '@shared/sync/hlc';
import { mergeFieldState } from '@shared/sync/merge';
import { SCHEMA_VERSION } from '@shared/sync/protocol';
import { mutationSchema } from '@shared/sync/protocol-schema';
import { UUID_PATTERN } from '@shared/ids';
import { z } from 'zod';
import { tableOf, withIndexFields } from './commit';
import type { PintuDb } from './db';
import { loadDeviceState, saveDeviceState } from './device';
import { addCommit, allPending } from './outbox';
import { type MetaEntry, type OutboxEntry, type RejectedEntry } from './schema';
import { withoutLocalFields } from './search-words';
import { isSealed, seal, SealError, unseal } from './backup-crypto';

/**
 * "Ekspor cadangan" / "Impor cadangan": everything on the device in one JSON file, and back.
 *
 * Import merges, it never overwrites: records field by field by HLC (a newer local edit wins,
 * a tombstone stays), outbox entries keep their mutation ids (the server deduplicates by id)
 * but get fresh sequence numbers after this device's, so a restored old backup never reuses a
 * number the server has already seen. The whole import is one transaction: a damaged file, or
 * any failure on the way, changes nothing.
 *
 * The file the volunteer gets is sealed with a passphrase (backup-crypto.ts); plain files,
 * as exported before version 2 of the app, still import.
 */
export const BACKUP_FORMAT = 'pintu-backup';
export const BACKUP_VERSION = 1;

/** Meta entries that never leave the device: sign-in secrets, and the sync cursor and device
 * counters, which belong to this device and this server session. */
const SECRET_META = /secret|token|session|pin|credential|auth/i;
const DEVICE_ONLY_META = new Set(['device', 'sync']);

export class BackupError extends Error {
  override name = 'BackupError';
}

/** The file is sealed and no passphrase was given: the screen asks for one and tries again. */
export class PassphraseNeeded extends BackupError {
  override name = 'PassphraseNeeded';
  constructor() {
    super('Cadangan ini terkunci. Masukkan kata sandinya.');
  }
}

const hlcMap = z.record(z.string(), z.string().refine(isHlc));
const recordSchema = z.looseObject({
  id: z.string().regex(UUID_PATTERN),
  hlc: hlcMap,
  deleted: z.boolean().optional(),
});
const outboxSchema = mutationSchema.extend({ createdAt: z.number() });
const backupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int(),
  schemaVersion: z.number().int(),
  exportedAt: z.string(),
  deviceId: z.string(),
  records: z.object(
    // A file from before an entity existed (follow-ups came in schema 2) has none of it.
    Object.fromEntries(ENTITY_NAMES.map((e) => [e, z.array(recordSchema).default([])])) as Record<
      EntityName,
      z.ZodDefault<z.ZodArray<typeof recordSchema>>
    >,
  ),
  outbox: z.array(outboxSchema),
  rejected: z.array(outboxSchema.extend({ reason: z.string(), rejectedAt: z.number() })),
  meta: z.array(z.object({ key: z.string(), value: z.unknown() })),
});
export type BackupFile = z.infer<typeof backupSchema>;

type StoredRecord = z.infer<typeof recordSchema>;

export async function exportBackup(db: PintuDb): Promise<Blob> {
  const tables = [...db.fieldTables, db.outboxRows, db.rejected, db.meta];
  const file = await db.transaction('r', tables, async () => {
    const records = {} as Record<EntityName, StoredRecord[]>;
    for (const entity of ENTITY_NAMES) {
      const rows = (await tableOf(db, entity).toArray()) as StoredRecord[];
      records[entity] = rows.map(withoutLocalFields);
    }
    const meta = await db.meta.toArray();
    const device = await loadDeviceState(db);
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      schemaVersion: SCHEMA_VERSION,
      exportedAt: new Date().toISOString(),
      deviceId: device.deviceId,
      records,
      outbox: await allPending(db),
      rejected: await db.rejected.toArray(),
      meta: meta.filter((m) => !SECRET_META.test(m.key)),
    } satisfies BackupFile;
  });
  return new Blob([JSON.stringify(file)], { type: 'application/json' });
}

/** The backup as the volunteer shares it: sealed with their passphrase. */
export async function exportSealedBackup(db: PintuDb, passphrase: string): Promise<Blob> {
  const plain = await (await exportBackup(db)).text();
  return new Blob([await seal(plain, passphrase)], { type: 'application/json' });
}

/** Whether importing this file needs a passphrase (a damaged file is left to the import). */
export async function needsPassphrase(file: Blob): Promise<boolean> {
  try {
    return isSealed(JSON.parse(await file.text()));
  } catch {
    return false;
  }
}

export async function importBackup(
  db: PintuDb,
  file: Blob,
  onProgress?: (done: number, total: number) => void,
  passphrase?: string,
): Promise<{ records: number; mutations: number }> {
  const backup = await readBackup(file, passphrase);
  const total =
    ENTITY_NAMES.reduce((n, e) => n + backup.records[e].length, 0) + backup.outbox.length;
  let done = 0;
  const progress = (n: number) => onProgress?.((done += n), total);
  onProgress?.(0, total);

  const tables = [...db.fieldTables, db.outboxRows, db.rejected, db.meta];
  return db.transaction('rw', tables, async () => {
    let newest: Hlc | undefined;
    let records = 0;
    for (const entity of ENTITY_NAMES) {
      for (const chunk of chunks(backup.records[entity], 2000)) {
        const result = await mergeRecords(db, entity, chunk);
        records += result.changed;
        newest = maxHlc(newest, result.newest);
        progress(chunk.length);
      }
    }
    const mutations = await appendOutbox(db, backup.outbox, newest);
    progress(backup.outbox.length);
    await keepRejected(db, backup.rejected);
    await restoreMeta(db, backup.meta);
    return { records, mutations };
  });
}

async function readBackup(file: Blob, passphrase: string | undefined): Promise<BackupFile> {
  let json = parseJson(await file.text());
  if (isSealed(json)) {
    if (passphrase === undefined) throw new PassphraseNeeded();
    try {
      json = parseJson(await unseal(json, passphrase));
    } catch (error) {
      throw error instanceof SealError ? new BackupError(error.message) : error;
    }
  }
  const marker = (json as { format?: unknown; version?: unknown } | null) ?? {};
  if (marker.format !== BACKUP_FORMAT) throw new BackupError('Berkas ini bukan cadangan Pintu.');
  const { schemaVersion } = json as { schemaVersion?: unknown };
  const newer =
    (typeof marker.version === 'number' && marker.version > BACKUP_VERSION) ||
    (typeof schemaVersion === 'number' && schemaVersion > SCHEMA_VERSION);
  if (newer) {
    throw new BackupError(
      'Cadangan ini dibuat oleh versi Pintu yang lebih baru. Perbarui aplikasi dulu.',
    );
  }
  const parsed = backupSchema.safeParse(json);
  if (!parsed.success) {
    throw new BackupError(
      'Cadangan ini rusak: isinya tidak lengkap atau tidak sesuai. Tidak ada data yang diubah.',
    );
  }
  return parsed.data;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new BackupError('Berkas ini bukan cadangan Pintu, atau rusak/terpotong.');
  }
}

/** Field-by-field merge of imported records over the local ones; only changed rows are written. */
async function mergeRecords(db: PintuDb, entity: EntityName, incoming: StoredRecord[]) {
  const table = tableOf(db, entity);
  const local = (await table.bulkGet(incoming.map((r) => r.id))) as (StoredRecord | undefined)[];
  const writes: StoredRecord[] = [];
  let newest: Hlc | undefined;
  incoming.forEach((record, i) => {
    const { id, hlc: stamps, ...values } = withoutLocalFields(record);
    // A backup of a version 3 app holds legacy HLCs: stored compact like the rest.
    const hlc = compactHlcs(stamps);
    for (const h of Object.values(hlc)) newest = maxHlc(newest, h);
    const current = local[i];
    if (!current) {
      writes.push(withIndexFields(entity, { ...values, id, hlc } as StoredRecord) as StoredRecord);
      return;
    }
    const before = stateOf(withoutLocalFields(current));
    const merged = mergeFieldState(before, { values, hlc });
    if (merged.changed.length === 0 && sameHlc(before.hlc, merged.hlc)) return;
    const { deleted, ...fields } = merged.values;
    const next = { ...fields, id, hlc: merged.hlc, ...(deleted === true ? { deleted } : {}) };
    writes.push(withIndexFields(entity, next as StoredRecord) as StoredRecord);
  });
  if (writes.length) await table.bulkPut(writes);
  return { changed: writes.length, newest };
}

function stateOf(record: StoredRecord) {
  const { id: _id, hlc, ...values } = record;
  return { values, hlc };
}

function sameHlc(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = Object.keys(b);
  return keys.length === Object.keys(a).length && keys.every((k) => a[k] === b[k]);
}

/**
 * Imported changes not yet in this outbox, in their original order, numbered after this
 * device's last sequence number. The clock moves past every imported HLC, so an edit made
 * after the import sorts after what was restored.
 */
async function appendOutbox(db: PintuDb, outbox: OutboxEntry[], newest: Hlc | undefined) {
  const ordered = [...outbox].sort((a, b) => a.seq - b.seq);
  const known = new Set((await allPending(db)).map((e) => e.id));
  const device = await loadDeviceState(db);
  const clock = new HlcClock(device.deviceId, device.lastHlc);
  const added: OutboxEntry[] = [];
  for (const entry of ordered) {
    if (known.has(entry.id)) continue;
    known.add(entry.id);
    added.push({ ...entry, seq: device.nextSeq++, hlc: compactHlc(entry.hlc) });
    newest = maxHlc(newest, entry.hlc);
  }
  if (newest) clock.observe(newest);
  await addCommit(db, added);
  await saveDeviceState(db, { ...device, lastHlc: clock.last });
  return added.length;
}

async function keepRejected(db: PintuDb, rejected: RejectedEntry[]) {
  const present = new Set(
    (await db.rejected.bulkGet(rejected.map((r) => r.id))).flatMap((r) => (r ? [r.id] : [])),
  );
  await db.rejected.bulkAdd(rejected.filter((r) => !present.has(r.id)));
}

/** Settings such as the working area come back only where this device has none of its own. */
async function restoreMeta(db: PintuDb, meta: MetaEntry[]) {
  for (const entry of meta) {
    if (DEVICE_ONLY_META.has(entry.key) || SECRET_META.test(entry.key)) continue;
    if (!(await db.meta.get(entry.key))) await db.meta.add(entry);
  }
}

function* chunks<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
