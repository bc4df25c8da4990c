/** What a row of the access log records as read (docs/api.md, GET /api/access-log). */
export const ACCESS_KINDS = [
  'household-map',
  'weekly-report',
  'household-history',
  'users',
  'followup-candidates',
  'isoman-list',
  'change-log',
  'reconciliation-list',
] as const;
export type AccessKind = (typeof ACCESS_KINDS)[number];

/** One read of personal data: who, with which device, when, what and of which area. */
export type AccessLogEntry = {
  /** Increasing; the next page is asked with `before` = the last entry's id. */
  id: number;
  at: string;
  user: { id: string; name: string | null };
  deviceId: string;
  what: AccessKind;
  /** null: the whole city. */
  kelurahanCode: string | null;
  /** null: the whole kelurahan (or the city). */
  rw: number | null;
  /** What exactly: the week and format of a report, the household of a history, counts. */
  detail: Record<string, unknown>;
};

/** GET /api/access-log: newest first; `nextBefore` asks for the next (older) page, null at the end. */
export type AccessLogPage = { entries: AccessLogEntry[]; nextBefore: number | null };
