import { describe, expect, it } from 'vitest';
import { clockOffsetOf, clockWarning } from '@client/sync/clock-offset';
import { httpTransport } from '@client/sync/transport';

describe("the phone's clock against the server's", () => {
  it('reads the offset from the Date header of every answer, errors included', async () => {
    const serverNow = Date.now() + 3 * 60 * 60_000;
    let status = 200;
    const fetchImpl = (async () =>
      new Response(
        status === 200 ? '{"changes":[],"cursor":"c","hasMore":false,"remaining":0}' : '{}',
        {
          status,
          headers: { 'content-type': 'application/json', date: new Date(serverNow).toUTCString() },
        },
      )) as typeof fetch;
    const transport = httpTransport('', fetchImpl);
    expect(transport.clockOffsetMs!()).toBeNull();
    await transport.pull({ deviceId: 'd', cursor: null, limit: 10 });
    expect(Math.abs(transport.clockOffsetMs!()! - 3 * 60 * 60_000)).toBeLessThan(2_000);
    status = 500;
    await expect(transport.pull({ deviceId: 'd', cursor: null, limit: 10 })).rejects.toThrow();
    expect(clockWarning(transport.clockOffsetMs!())).toBe(
      'Jam ponsel selisih 3 jam dari server. Periksa pengaturan tanggal & jam.',
    );
  });

  it('warns beyond five minutes either way, not within them', () => {
    expect(clockWarning(null)).toBeNull();
    expect(clockWarning(4 * 60_000)).toBeNull();
    expect(clockWarning(-5 * 60_000)).toBeNull();
    expect(clockWarning(-7 * 60_000)).toMatch(/^Jam ponsel selisih 7 menit dari server\./);
    expect(clockWarning(2 * 24 * 60 * 60_000 - 900)).toMatch(/selisih 2 hari/);
    expect(clockOffsetOf('not a date', 0, 0)).toBeNull();
  });
});
