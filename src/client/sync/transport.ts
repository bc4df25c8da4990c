import type { PullResponse, PushRequest, PushResponse } from '@shared/sync/protocol';
import { SCHEMA_VERSION } from '@shared/sync/protocol';

/** An HTTP answer other than 2xx; `message` is the server's reason when it gave one. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The network did not answer (offline, timeout, connection dropped). */
export class NetworkError extends Error {
  override name = 'NetworkError';
}

export type PullParams = {
  deviceId: string;
  cursor: string | null;
  limit: number;
  kelurahanCode: string;
  rw?: number | undefined;
  rt?: number | undefined;
};

export type SyncTransport = {
  push(request: PushRequest): Promise<PushResponse>;
  pull(params: PullParams): Promise<PullResponse>;
};

/** Talks to the sync endpoint with fetch; every request has a deadline. */
export function httpTransport(
  baseUrl = '',
  fetchImpl: typeof fetch = (...args) => fetch(...args),
  timeoutMs = 30_000,
): SyncTransport {
  async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
    let response: Response;
    try {
      response = await fetchImpl(`${baseUrl}${path}`, {
        ...init,
        credentials: 'same-origin',
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw new NetworkError(error instanceof Error ? error.message : String(error));
    }
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { message?: string } | null;
      throw new HttpError(response.status, body?.message ?? `HTTP ${response.status}`);
    }
    return (await response.json()) as T;
  }

  return {
    push: (request) =>
      call<PushResponse>('/api/sync/push', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(request),
      }),
    pull: (params) => {
      const query = new URLSearchParams({
        deviceId: params.deviceId,
        schemaVersion: String(SCHEMA_VERSION),
        limit: String(params.limit),
        kelurahan: params.kelurahanCode,
      });
      if (params.cursor) query.set('cursor', params.cursor);
      if (params.rw !== undefined) query.set('rw', String(params.rw));
      if (params.rt !== undefined) query.set('rt', String(params.rt));
      return call<PullResponse>(`/api/sync/pull?${query}`);
    },
  };
}
