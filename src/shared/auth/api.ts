import type { Role, UserArea } from './roles';

/**
 * Shapes of the account endpoints (docs/api.md has the prose): enrollment by invitation,
 * the signed-in user, volunteers management and a household's history.
 */
export type User = {
  id: string;
  name: string;
  phone: string;
  role: Role;
  area: UserArea;
  status: 'active' | 'revoked';
  createdAt: string;
};

/** POST /api/auth/enroll: an invitation code becomes a device token. */
export type EnrollRequest = { code: string; name: string; phone: string; deviceId: string };
export type EnrollResponse = { token: string; user: User };

/** GET /api/auth/me */
export type MeResponse = { user: User; deviceId: string };

/** POST /api/invitations */
export type InvitationRequest = { role: Role; area: UserArea; name?: string };
export type Invitation = {
  id: string;
  role: Role;
  area: UserArea;
  name: string | null;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
};
/** Only the answer to the POST carries the code: the server keeps just its hash. */
export type CreatedInvitation = Invitation & { code: string; link: string };

/** GET /api/users: the people in the caller's area, with their devices' last sync. */
export type UserSummary = User & {
  lastSyncAt: string | null;
  devices: number;
  /** Changes applied from this user's devices, all time and in the last 7 days. */
  changes: number;
  changesLast7Days: number;
};

/** GET /api/households/:id/history */
export type AuditEntry = {
  at: string;
  entity: string;
  entityId: string;
  user: { id: string; name: string } | null;
  deviceId: string;
  /** Changed fields only: their values before (absent for a new record) and after. */
  old: Record<string, unknown> | null;
  new: Record<string, unknown>;
};

/** 401 answers say which: never signed in (or a forged token), or revoked. */
export type AuthErrorCode = 'unauthenticated' | 'revoked';
