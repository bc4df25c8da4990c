// The little of PouchDB's server-side packages that pouchdb-compare.ts uses (they ship no types).
declare module 'pouchdb-core' {
  type Doc = Record<string, unknown> & { _id: string };
  interface PouchDatabase {
    bulkDocs(docs: Doc[]): Promise<unknown>;
  }
  interface PouchConstructor {
    new (name: string): PouchDatabase;
    plugin(plugin: unknown): PouchConstructor;
    defaults(options: { adapter: string }): PouchConstructor;
  }
  const PouchDB: PouchConstructor;
  export default PouchDB;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-mapreduce' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
declare module 'express-pouchdb' {
  import type { RequestListener } from 'node:http';
  export default function expressPouchdb(
    pouch: unknown,
    options: { mode: string },
  ): RequestListener;
}
declare module 'express' {
  import type { RequestListener, Server } from 'node:http';
  type App = {
    use(path: string, handler: RequestListener): App;
    listen(port: number, host: string): Server;
  };
  export default function express(): App;
}
