// A server that stops (SIGTERM → app.close()) finishes the request in flight, and a request
// that arrives on the same kept-alive connection meanwhile is told to come back: 503 with
// Retry-After and Connection: close, in the API's error shape. Over a real socket, since the
// point is what happens on the connection.
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { buildApp } from '@server/app';
import { DATABASES } from './helpers/databases';

const PGLITE = DATABASES[0]!;

/** Everything the server sends on this socket until it closes it. */
function readUntilClosed(socket: ReturnType<typeof connect>): Promise<string> {
  let text = '';
  socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return new Promise((done) => socket.on('close', () => done(text)));
}

describe('graceful stop', () => {
  it('finishes the request in flight and refuses the next one on its connection with 503 + Retry-After', async () => {
    const t = await PGLITE.open();
    const app = await buildApp({ db: t.db });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = app.server.address() as { port: number };
    try {
      const socket = connect(port, '127.0.0.1');
      await new Promise((r) => socket.once('connect', r));
      const received = readUntilClosed(socket);
      // A push whose body is still arriving: in flight when the stop begins.
      const body = '{"deviceId":"x","schemaVersion":1,"mutations":[]}';
      socket.write(
        'POST /api/sync/push HTTP/1.1\r\nHost: pintu\r\nConnection: keep-alive\r\n' +
          `Content-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n` +
          body.slice(0, 10),
      );
      await new Promise((r) => setTimeout(r, 100));
      const closed = app.close();
      await new Promise((r) => setTimeout(r, 100));
      // The rest of the push, then a second request on the same connection.
      socket.write(
        body.slice(10) + 'GET /healthz HTTP/1.1\r\nHost: pintu\r\nConnection: keep-alive\r\n\r\n',
      );
      const text = await received;
      await closed;

      const answers = text.split(/(?=HTTP\/1\.1 )/);
      expect(answers).toHaveLength(2);
      // The push was answered as any unsigned push is: it ran to its end.
      expect(answers[0]).toMatch(/^HTTP\/1\.1 401 /);
      expect(answers[1]).toMatch(/^HTTP\/1\.1 503 /);
      expect(answers[1]).toMatch(/\r\nretry-after: 1\r\n/i);
      expect(answers[1]).toMatch(/\r\nconnection: close\r\n/i);
      const json = JSON.parse(answers[1]!.slice(answers[1]!.indexOf('\r\n\r\n') + 4)) as object;
      expect(json).toMatchObject({ error: 'restarting', retryAfterSeconds: 1 });
    } finally {
      await app.close().catch(() => {});
      await t.close();
    }
  });
});
