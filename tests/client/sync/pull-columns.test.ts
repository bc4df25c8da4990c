// The app asks for pull pages in columns (docs/sync-protocol.md) and hands the rest of the sync
// the same records as before; an answer in the old form (`changes`) is read as it was.
import { describe, expect, it } from 'vitest';
import { httpTransport } from '@client/sync/transport';
import { uuidv7 } from '@shared/ids';
import { encodeColumns } from '@shared/sync/column-page';
import type { RecordChange } from '@shared/sync/protocol';

const RECORDS: RecordChange[] = [
  {
    entity: 'household',
    id: uuidv7(),
    values: { kelurahanCode: '32.75.01.1001', rw: 1, rt: 1, street: 'Jl. Melati' },
    hlc: {},
    at: '19aafba180000000.lsuTNIzMmAs',
    deleted: false,
  },
];

function answering(body: object) {
  const urls: string[] = [];
  const fetchImpl = (async (url: string) => {
    urls.push(url);
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
  }) as unknown as typeof fetch;
  return { urls, transport: httpTransport('http://server', fetchImpl) };
}

const PAGE = { cursor: 'c1', hasMore: false, remaining: 0 };
const params = { deviceId: uuidv7(), cursor: null, limit: 1000 };

describe('pull pages in columns', () => {
  it('asks for columns and gives the records back as changes', async () => {
    const { urls, transport } = answering({ ...PAGE, columns: encodeColumns(RECORDS) });
    const page = await transport.pull(params);
    expect(new URL(urls[0]!).searchParams.get('encoding')).toBe('columns');
    expect(page).toEqual({ ...PAGE, changes: RECORDS });
  });

  it('reads an answer of changes, from a server that sends no columns', async () => {
    const { transport } = answering({ ...PAGE, changes: RECORDS });
    expect(await transport.pull(params)).toEqual({ ...PAGE, changes: RECORDS });
  });
});
