import { db as appDb, type PintuDb } from '../db/db';
import { readToken } from './auth';
import { httpError, isRevoked, NetworkError } from './transport';
import { wipeForRevocation } from './wipe';

export type ApiOptions = {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  body?: unknown;
  /** Enrollment: the one call made before the device has a token. */
  anonymous?: boolean;
  timeoutMs?: number;
};

/**
 * JSON calls to the API for server-only data (React Query fetchers, enrollment, sign-out),
 * with the device token. Failures come as `NetworkError` (no answer) or `HttpError` (the
 * server's code and Indonesian message). A 401 `revoked` wipes the phone, as in sync.
 */
export function createApi(db: PintuDb, fetchImpl: typeof fetch = (...a) => fetch(...a)) {
  return async function apiRequest<T>(path: string, options: ApiOptions = {}): Promise<T> {
    const headers: Record<string, string> = {};
    if (!options.anonymous) {
      const token = await readToken(db);
      if (token) headers.authorization = `Bearer ${token}`;
    }
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetchImpl(path, {
        method: options.method ?? 'GET',
        headers,
        credentials: 'same-origin',
        signal: AbortSignal.timeout(options.timeoutMs ?? 20_000),
        ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      });
    } catch (error) {
      throw new NetworkError(error instanceof Error ? error.message : String(error));
    }
    if (!response.ok) {
      const error = await httpError(response);
      if (isRevoked(error)) await wipeForRevocation(db);
      throw error;
    }
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  };
}

export const apiRequest = createApi(appDb);
