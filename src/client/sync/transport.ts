import { decodeColumns } from '@shared/sync/column-page';
import type {
  PullResponse,
  PullWireResponse,
  PushRequest,
  PushResponse,
} from '@shared/sync/protocol';
import { PULL_ENCODING_COLUMNS, SCHEMA_VERSION } from '@shared/sync/protocol';
import { clockOffsetOf } from './clock-offset';

/**
 * An HTTP answer other than 2xx; `message` is the server's reason when it gave one, `code` its
 * stable `error` field (`revoked`, `unauthenticated`, `too-many-attempts`, …).
 */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    message: string,
    readonly code?: string,
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/** The server revoked this device or its user: the device must wipe its data. */
export function isRevoked(error: unknown): boolean {
  return error instanceof HttpError && error.status === 401 && error.code === 'revoked';
}

/** The network did not answer (offline, timeout, connection dropped). */
export class NetworkError extends Error {
  override name = 'NetworkError';
  /** The request's deadline passed (rather than the connection failing). */
  constructor(
    message: string,
    readonly timedOut = false,
  ) {
    super(message);
  }
}

export type PullParams = {
  deviceId: string;
  cursor: string | null;
  limit: number;
  /** Narrows the pull; without it the server sends the signed-in user's whole area. */
  kelurahanCode?: string | undefined;
  rw?: number | undefined;
  rt?: number | undefined;
};

export type SyncTransport = {
  push(request: PushRequest): Promise<PushResponse>;
  pull(params: PullParams): Promise<PullResponse>;
  /** Server time minus this phone's, from the last answer's `Date` header (clock-offset.ts). */
  clockOffsetMs?(): number | null;
};

export type ErrorBody = { error?: string; message?: string; retryAfterSeconds?: number };

/**
 * How a request is sent again, unseen by the user, when a server process is restarting: it
 * answers 503 with Retry-After, a proxy 502/504, or the kept-alive connection drops as the
 * process closes it. Safe for every sync request: a pull only reads, and a push sent twice is
 * applied once (a receipt per mutation id). `attempts: 1` turns it off.
 */
export type RetryPolicy = { attempts: number; pauseMs: number; maxPauseMs: number };

export const RESTART_RETRY: RetryPolicy = { attempts: 4, pauseMs: 300, maxPauseMs: 3_000 };

const PASSING_STATUSES = new Set([502, 503, 504]);

/**
 * Talks to the sync endpoint with fetch; every request has a deadline and, when `token` gives
 * one, `Authorization: Bearer <token>`. Every answer's `Date` header says how far this phone's
 * clock is off the server's. A restarting server's refusal or a dropped connection is retried
 * (`retry`); what still fails after that reaches the engine, which shows it and backs off.
 */
export function httpTransport(
  baseUrl = '',
  fetchImpl: typeof fetch = (...args) => fetch(...args),
  timeoutMs = 30_000,
  token: () => Promise<string | null> = async () => null,
  retry: RetryPolicy = RESTART_RETRY,
): SyncTransport {
  let offsetMs: number | null = null;
  async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await callOnce<T>(path, init);
      } catch (error) {
        const pause = attempt < retry.attempts ? retryPause(error, attempt, retry) : null;
        if (pause === null) throw error;
        await new Promise((resume) => setTimeout(resume, pause));
      }
    }
  }
  async function callOnce<T>(path: string, init: RequestInit): Promise<T> {
    const bearer = await token();
    const sentAt = Date.now();
    const headers = new Headers(init.headers);
    if (bearer) headers.set('authorization', `Bearer ${bearer}`);
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}${path}`, {
        ...init,
        headers: Object.fromEntries(headers),
        credentials: 'same-origin',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      throw new NetworkError(error instanceof Error ? error.message : String(error), timedOut);
    }
    offsetMs = clockOffsetOf(response.headers.get('date'), sentAt, Date.now()) ?? offsetMs;
    if (!response.ok) throw await httpError(response);
    return (await response.json()) as T;
  }

  return {
    clockOffsetMs: () => offsetMs,
    push: async (request) =>
      call<PushResponse>('/api/sync/push', { method: 'POST', ...(await pushBody(request)) }),
    pull: (params) => {
      const query = new URLSearchParams({
        deviceId: params.deviceId,
        schemaVersion: String(SCHEMA_VERSION),
        limit: String(params.limit),
      });
      if (params.kelurahanCode) query.set('kelurahan', params.kelurahanCode);
      if (params.cursor) query.set('cursor', params.cursor);
      if (params.rw !== undefined) query.set('rw', String(params.rw));
      if (params.rt !== undefined) query.set('rt', String(params.rt));
      query.set('encoding', PULL_ENCODING_COLUMNS);
      return call<PullWireResponse>(`/api/sync/pull?${query}`).then(fromWire);
    },
  };
}

/** A pull answer with its records as `changes`, however they were sent. */
function fromWire({ columns, changes, ...page }: PullWireResponse): PullResponse {
  return { ...page, changes: columns ? decodeColumns(columns) : changes };
}

/**
 * The pause before sending a failed request again, or null when trying again cannot help: a
 * deadline that passed (the server is slow, not restarting), a phone that knows it is offline,
 * or an answer the server meant.
 */
function retryPause(error: unknown, attempt: number, policy: RetryPolicy): number | null {
  const backoff = Math.min(policy.maxPauseMs, policy.pauseMs * 2 ** (attempt - 1));
  if (error instanceof HttpError && PASSING_STATUSES.has(error.status)) {
    const asked = (error.retryAfterSeconds ?? 0) * 1000;
    return Math.min(policy.maxPauseMs, Math.max(backoff, asked));
  }
  if (!(error instanceof NetworkError) || error.timedOut) return null;
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return null;
  return backoff;
}

/** Below this a push goes out as it is: gzip would save less than its own header costs. */
export const GZIP_PUSH_MIN_BYTES = 1024;

/**
 * A push's body and headers: JSON, gzip-compressed (`Content-Encoding: gzip`) where the browser
 * has CompressionStream and the body is big enough to gain: repetitive JSON (field names,
 * clocks) shrinks several times, which counts on a phone's 3G uplink.
 */
export async function pushBody(
  request: PushRequest,
): Promise<{ body: BodyInit; headers: Record<string, string> }> {
  const json = JSON.stringify(request);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (typeof CompressionStream === 'undefined' || json.length < GZIP_PUSH_MIN_BYTES) {
    return { body: json, headers };
  }
  const gzipped = new Blob([json]).stream().pipeThrough(new CompressionStream('gzip'));
  // A whole buffer, not the stream: a streamed fetch body needs `duplex` and HTTP/2.
  const body = await new Response(gzipped).arrayBuffer();
  return { body, headers: { ...headers, 'content-encoding': 'gzip' } };
}

/** The error an answer other than 2xx stands for, with the server's code and message. */
export async function httpError(response: Response): Promise<HttpError> {
  const body = (await response.json().catch(() => null)) as ErrorBody | null;
  const header = Number(response.headers.get('retry-after'));
  const retryAfter =
    body?.retryAfterSeconds ?? (Number.isFinite(header) && header > 0 ? header : undefined);
  return new HttpError(
    response.status,
    body?.message ?? `HTTP ${response.status}`,
    body?.error,
    retryAfter,
  );
}
