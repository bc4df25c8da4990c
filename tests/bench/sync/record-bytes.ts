// Bytes of field data as the device stores it and as sync moves it, for one synthetic RW
// (src/shared/demo: about 700 households, 2,500 residents), its records stamped as volunteers'
// phones stamp them (one device id per RT, HLCs made by the device code's clock) rather than
// with the generator's short "demo" node:
//
//   - a stored resident (the record as the device writes it to IndexedDB, JSON bytes);
//   - a push of N new residents (the request body; gzip too, as the device sends it);
//   - a pull page of 1000 records and the RW's first sync (every page of 2000), the answer
//     bodies as JSON and gzip.
//
//   npx tsx tests/bench/sync/record-bytes.ts        env: PUSH=250
import { gzipSync } from 'node:zlib';
import { generateRw, type DemoBatch } from '@shared/demo';
import type { EntityName } from '@shared/domain/entities';
import { uuidv7 } from '@shared/ids';
import { parseHlc } from '@shared/sync/hlc';
import type { Mutation, PullResponse, PushRequest, RecordChange } from '@shared/sync/protocol';
import { withResidentWords } from '../../../src/client/db/search-words';
import { WIRE_FORMATS, type WireFormat } from './record-formats';

const PUSH = Number(process.env.PUSH ?? 250);
const ENTITY_OF: Record<keyof DemoBatch, EntityName> = {
  households: 'household',
  residents: 'resident',
  doses: 'dose',
  isoman: 'isoman',
  visits: 'visit',
};

type Stamped = { entity: EntityName; record: Record<string, unknown> & { id: string } };

/** Every record of the RW with the HLCs a volunteer's phone of its RT would have given it. */
function stampedRw(format: WireFormat): Stamped[] {
  const batch = generateRw({ today: '2021-09-01' });
  const devices = new Map<number, string>();
  const out: Stamped[] = [];
  for (const key of Object.keys(ENTITY_OF) as (keyof DemoBatch)[]) {
    for (const record of batch[key] as (Record<string, unknown> & { id: string })[]) {
      const rt = record.rt as number;
      if (!devices.has(rt)) devices.set(rt, uuidv7(Date.UTC(2021, 5, rt)));
      const hlc = record.hlc as Record<string, string>;
      const { wall, counter } = parseHlc(Object.values(hlc)[0]!);
      const stamp = format.stamp(wall, counter, devices.get(rt)!);
      const restamped: Record<string, string> = {};
      for (const field in hlc) restamped[field] = stamp;
      out.push({ entity: ENTITY_OF[key], record: { ...record, hlc: restamped } });
    }
  }
  return out;
}

function changeOf({ entity, record }: Stamped): RecordChange {
  const { id, hlc, deleted, ...values } = record as Record<string, unknown> & {
    id: string;
    hlc: Record<string, string>;
  };
  return { entity, id, values, hlc, deleted: deleted === true };
}

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value));
const gzipped = (value: unknown) => gzipSync(JSON.stringify(value)).length;

function measure(format: WireFormat) {
  const records = stampedRw(format);
  const residents = records.filter((r) => r.entity === 'resident');
  const stored = residents.map((r) => bytes(withResidentWords(r.record as never)));
  const deviceId = uuidv7();
  const mutations: Mutation[] = residents.slice(0, PUSH).map((r, i) => {
    const { id, hlc, ...values } = r.record as Record<string, unknown> & {
      id: string;
      hlc: Record<string, string>;
    };
    return {
      id: uuidv7(),
      seq: i + 1,
      entity: 'resident',
      entityId: id,
      op: 'put',
      values,
      hlc: Object.values(hlc)[0]!,
    };
  });
  const push: PushRequest = { deviceId, schemaVersion: format.version, mutations };
  const changes = records.map(changeOf).map(format.wire);
  const page = (from: number, size: number): PullResponse => ({
    changes: changes.slice(from, from + size),
    cursor:
      'eyJ2IjoxLCJ0IjoiMTIzNDU2NyIsImkiOiIwMTkwMDAwMC0wMDAwLTcwMDAtODAwMC0wMDAwMDAwMDAwMDAifQ',
    hasMore: from + size < changes.length,
    remaining: Math.max(0, changes.length - from - size),
  });
  let syncJson = 0;
  let syncGzip = 0;
  for (let from = 0; from < changes.length; from += 2000) {
    syncJson += bytes(page(from, 2000));
    syncGzip += gzipped(page(from, 2000));
  }
  return {
    records: records.length,
    residents: residents.length,
    storedResident: stored.reduce((a, b) => a + b, 0) / stored.length,
    pushJson: bytes(push),
    pushGzip: gzipped(push),
    pageJson: bytes(page(0, 1000)),
    pageGzip: gzipped(page(0, 1000)),
    syncJson,
    syncGzip,
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
for (const format of WIRE_FORMATS) {
  const m = measure(format);
  console.log(`${format.name}  (${m.records} records, ${m.residents} residents)`);
  console.log(`  stored resident (mean)      ${m.storedResident.toFixed(0)} B`);
  console.log(`  push of ${PUSH} residents       ${kb(m.pushJson)} JSON, ${kb(m.pushGzip)} gzip`);
  console.log(`  pull page of 1000 records   ${kb(m.pageJson)} JSON, ${kb(m.pageGzip)} gzip`);
  console.log(`  first sync of the RW        ${kb(m.syncJson)} JSON, ${kb(m.syncGzip)} gzip`);
}
