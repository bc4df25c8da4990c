import type { AuditEntry } from '../auth/api';

/**
 * GET /api/changes/kelurahan/:code[?rw=][&user=][&cursor=][&limit=]: the kelurahan's change
 * log, newest first (docs/api.md): each applied change of field data, with who made it and
 * on which device, and where its household is, so the row links to the household.
 */
export type ChangeLogPage = {
  kelurahanCode: string;
  entries: ChangeLogEntry[];
  /** Asks for the next (older) page with the same filters; null after the last. */
  nextCursor: string | null;
  /** The people with an account in the kelurahan (or the RW asked), for the filter. */
  people: { id: string; name: string }[];
  /** The RWs of the kelurahan that have households, for the filter. */
  rws: number[];
};

export type ChangeLogEntry = AuditEntry & {
  householdId: string;
  rw: number;
  rt: number;
  /** "Jl. Melati No. 12", the household's address now. */
  address: string;
};
