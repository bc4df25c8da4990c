// Page side of pouchdb-compare.ts: PouchDB's own replication (pouchdb-browser, IndexedDB
// adapter) from a CouchDB-compatible server into a fresh database, as a JavaScript engineer
// would set it up: one database per area, `replicate.from` with its default options.
import PouchDB from 'pouchdb-browser';

let run = 0;

/** Replicates the remote database at `url` into an empty local one; checks the count. */
export async function replicate(url: string, expected: number) {
  const local = new PouchDB(`pouch-bench-${run++}`);
  const start = performance.now();
  const result = await local.replicate.from(url);
  const ms = performance.now() - start;
  const { doc_count: docs } = await local.info();
  await local.destroy();
  if (docs !== expected) throw new Error(`PouchDB: ${docs} documents replicated, ${expected} sent`);
  if (!result.ok) throw new Error(`PouchDB replication failed: ${JSON.stringify(result.errors)}`);
  return { ms, docs };
}
