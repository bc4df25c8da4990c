import { apiRequest } from '@client/sync/api';
import type {
  AuditEntry,
  CreatedInvitation,
  Invitation,
  InvitationRequest,
  UserSummary,
} from '@shared/auth/api';
import type { UserArea } from '@shared/auth/roles';

/**
 * The account endpoints the lurah's screens use (docs/api.md). Server-only data: read with
 * React Query, never stored in Dexie.
 */
export const volunteersApi = {
  users: () => apiRequest<UserSummary[]>('/api/users'),
  invitations: () => apiRequest<Invitation[]>('/api/invitations'),
  history: (householdId: string) =>
    apiRequest<AuditEntry[]>(`/api/households/${encodeURIComponent(householdId)}/history`),
  invite: (request: InvitationRequest) =>
    apiRequest<CreatedInvitation>('/api/invitations', { method: 'POST', body: request }),
  cancelInvitation: (id: string) =>
    apiRequest<void>(`/api/invitations/${encodeURIComponent(id)}`, { method: 'DELETE' }),
  revoke: (userId: string) =>
    apiRequest<unknown>(`/api/users/${encodeURIComponent(userId)}/revoke`, { method: 'POST' }),
  changeArea: (userId: string, area: UserArea) =>
    apiRequest<unknown>(`/api/users/${encodeURIComponent(userId)}`, {
      method: 'PATCH',
      body: { area },
    }),
};

/** Query keys of this feature, from one place (invalidations match by prefix). */
export const volunteerKeys = {
  all: ['volunteers'] as const,
  users: () => [...volunteerKeys.all, 'users'] as const,
  invitations: () => [...volunteerKeys.all, 'invitations'] as const,
  history: (householdId: string) => [...volunteerKeys.all, 'history', householdId] as const,
};
