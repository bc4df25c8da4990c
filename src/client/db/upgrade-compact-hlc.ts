import type { Transaction } from 'dexie';
import { compactHlc, compactHlcs } from '@shared/sync/hlc';
import { ANSWERED_RECORDS_KEY } from '@shared/sync/messages';
import type { CurrentRecords, Mutation } from '@shared/sync/protocol';
import type { DeviceState, MetaEntry } from './schema';

const FIELD_TABLES = ['households', 'residents', 'isoman', 'doses', 'visits', 'followups'];

/**
 * Dexie version 4: every stored HLC in the compact form of protocol version 4
 * (src/shared/sync/hlc.ts) — the records', the pending and refused changes', the device's
 * clock and the service worker's unlanded answers. The same timestamps (compareHlc calls each
 * equal to its legacy form), in the form the server migrated its copy to
 * (015-compact-hlc.sql), so the phone keeps its cursor and downloads nothing again. Anything
 * missed here still merges right: both forms are read everywhere.
 */
export async function compactStoredHlcs(tx: Transaction): Promise<void> {
  for (const table of FIELD_TABLES) {
    await tx
      .table(table)
      .toCollection()
      .modify((record: { hlc?: Record<string, string> }) => {
        if (record.hlc) record.hlc = compactHlcs(record.hlc);
      });
  }
  await tx
    .table('outboxRows')
    .toCollection()
    .modify((row: { changes: Mutation[] }) => {
      row.changes = row.changes.map((c) => ({ ...c, hlc: compactHlc(c.hlc) }));
    });
  await tx
    .table('rejected')
    .toCollection()
    .modify((entry: Mutation) => {
      entry.hlc = compactHlc(entry.hlc);
    });
  const meta = tx.table<MetaEntry, string>('meta');
  const device = await meta.get('device');
  if (device) {
    const state = device.value as DeviceState;
    await meta.put({ key: 'device', value: { ...state, lastHlc: compactHlc(state.lastHlc) } });
  }
  const answered = await meta.get(ANSWERED_RECORDS_KEY);
  if (answered) {
    const current = answered.value as CurrentRecords;
    const records = current.records.map((r) => ({ ...r, hlc: compactHlcs(r.hlc) }));
    await meta.put({ key: ANSWERED_RECORDS_KEY, value: { ...current, records } });
  }
}
