// The little of pouchdb-browser that pouch-bench.ts uses (the package ships no types).
declare module 'pouchdb-browser' {
  type ReplicationResult = { ok: boolean; docs_written: number; errors: unknown[] };
  export default class PouchDB {
    constructor(name: string);
    replicate: { from(source: string): Promise<ReplicationResult> };
    info(): Promise<{ doc_count: number }>;
    destroy(): Promise<void>;
  }
}
