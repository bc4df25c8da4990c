// A server process that restarts answers 503 (Retry-After) or drops the kept-alive connection;
// the transport sends the same request again, so the volunteer sees no error. What a retry
// cannot fix (a refusal, a deadline) still reaches the engine at once.
import { describe, expect, it } from 'vitest';
import { HttpError, httpTransport, NetworkError, type RetryPolicy } from '@client/sync/transport';
import { SCHEMA_VERSION, type PushRequest } from '@shared/sync/protocol';

const FAST: RetryPolicy = { attempts: 4, pauseMs: 1, maxPauseMs: 5 };
const PUSH: PushRequest = { deviceId: 'dev', schemaVersion: SCHEMA_VERSION, mutations: [] };
const OK = { results: [], lastSeq: 0 };

const json = (status: number, body: object, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });

/** A fetch that gives these answers in turn (an Error is thrown, as fetch does) and counts bodies. */
function scripted(answers: (Response | Error)[]) {
  const bodies: string[] = [];
  const fetchImpl = (async (_url: string, init?: RequestInit) => {
    bodies.push(String(init?.body));
    const next = answers.shift();
    if (!next) throw new Error('no more answers');
    if (next instanceof Error) throw next;
    return next;
  }) as unknown as typeof fetch;
  return { fetchImpl, bodies };
}

const restarting = () =>
  json(
    503,
    { error: 'restarting', message: 'Server sedang dimulai ulang.', retryAfterSeconds: 1 },
    { 'retry-after': '1' },
  );

describe('sync transport retries a restarting server', () => {
  it('sends the same push again after a 503 and a dropped connection, and returns the answer', async () => {
    const { fetchImpl, bodies } = scripted([
      restarting(),
      new TypeError('fetch failed'),
      json(200, OK),
    ]);
    const transport = httpTransport('', fetchImpl, 1000, async () => null, FAST);
    await expect(transport.push(PUSH)).resolves.toEqual(OK);
    expect(bodies).toHaveLength(3);
    expect(new Set(bodies)).toEqual(new Set([JSON.stringify(PUSH)]));
  });

  it('gives up after its attempts, with the last error', async () => {
    const { fetchImpl, bodies } = scripted([
      restarting(),
      restarting(),
      restarting(),
      restarting(),
    ]);
    const error = await httpTransport('', fetchImpl, 1000, async () => null, FAST)
      .pull({ deviceId: 'dev', cursor: null, limit: 10 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 503, code: 'restarting', retryAfterSeconds: 1 });
    expect(bodies).toHaveLength(4);
  });

  it('does not retry an answer the server meant, nor a deadline that passed', async () => {
    const refused = scripted([json(500, { error: 'internal', message: 'Kesalahan server.' })]);
    await expect(
      httpTransport('', refused.fetchImpl, 1000, async () => null, FAST).push(PUSH),
    ).rejects.toMatchObject({ status: 500 });
    expect(refused.bodies).toHaveLength(1);

    const timeout = Object.assign(new Error('The operation timed out.'), { name: 'TimeoutError' });
    const slow = scripted([timeout]);
    const error = await httpTransport('', slow.fetchImpl, 1000, async () => null, FAST)
      .push(PUSH)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ timedOut: true });
    expect(slow.bodies).toHaveLength(1);
  });
});
