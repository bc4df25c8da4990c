import { apiRequest } from '@client/sync/api';
import { HttpError, NetworkError } from '@client/sync/transport';
import type {
  CreateFollowupsResponse,
  FollowupCandidates,
  NewFollowup,
} from '@shared/followups/api';

/**
 * The follow-up endpoints the lurah's screen uses (docs/api.md). Server-only data: read with
 * React Query (its last answer kept for offline viewing), never stored in Dexie; the
 * follow-ups themselves reach the phones through sync.
 */
export const followupsApi = {
  candidates: (kelurahanCode: string, rw: number) =>
    apiRequest<FollowupCandidates>(
      `/api/followups/candidates?kelurahan=${encodeURIComponent(kelurahanCode)}&rw=${rw}`,
    ),
  create: (followups: NewFollowup[]) =>
    apiRequest<CreateFollowupsResponse>('/api/followups', { method: 'POST', body: { followups } }),
  cancel: (id: string) =>
    apiRequest<void>(`/api/followups/${encodeURIComponent(id)}`, { method: 'DELETE' }),
};

/** Query keys of this feature, from one place (invalidations match by prefix). */
export const followupKeys = {
  all: ['followups'] as const,
  candidates: (kelurahanCode: string, rw: number) =>
    [...followupKeys.all, 'candidates', kelurahanCode, rw] as const,
};

/** A failed call, in words for the lurah. */
export function serverErrorText(error: unknown, action: string): string {
  if (error instanceof NetworkError) return `Perlu sinyal untuk ${action}. Coba lagi nanti.`;
  if (error instanceof HttpError) {
    if (error.status >= 500) return 'Server sedang bermasalah. Coba lagi sebentar lagi.';
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
