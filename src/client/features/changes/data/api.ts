import { apiRequest } from '@client/sync';
import type { ChangeLogPage } from '@shared/changes/api';

/** The change log's filters: an RW and one person, or all (null). */
export type ChangeFilter = { rw: number | null; userId: string | null };

export const changeKeys = {
  log: (code: string, f: ChangeFilter) => ['changes', code, f.rw, f.userId] as const,
};

/** One page of GET /api/changes/kelurahan/:code (docs/api.md); `cursor` from the page before. */
export function fetchChangePage(
  code: string,
  f: ChangeFilter,
  cursor: string | null,
): Promise<ChangeLogPage> {
  const query = new URLSearchParams();
  if (f.rw) query.set('rw', String(f.rw));
  if (f.userId) query.set('user', f.userId);
  if (cursor) query.set('cursor', cursor);
  const q = query.toString();
  return apiRequest<ChangeLogPage>(
    `/api/changes/kelurahan/${encodeURIComponent(code)}${q ? `?${q}` : ''}`,
  );
}
