import { apiDownload, apiRequest } from '@client/sync';
import type { ReconciliationKind, ReconciliationList } from '@shared/reconciliation/api';

/** What the list is narrowed to: the whole kelurahan, an RW, or an RT of an RW; and a kind. */
export type ReconciliationFilter = { rw: number | null; rt: number | null; kind: ReconciliationKind };

/** Query keys and fetchers of the reconciliation screen (docs/api.md). */
export const reconciliationKeys = {
  list: (code: string, f: ReconciliationFilter) =>
    ['reconciliation', code, f.rw, f.rt, f.kind] as const,
};

export function reconciliationUrl(
  code: string,
  f: ReconciliationFilter,
  format: 'json' | 'csv' | 'xlsx' = 'json',
): string {
  const query = new URLSearchParams();
  if (f.rw) query.set('rw', String(f.rw));
  if (f.rw && f.rt) query.set('rt', String(f.rt));
  if (f.kind !== 'semua') query.set('kind', f.kind);
  if (format !== 'json') query.set('format', format);
  const q = query.toString();
  return `/api/reconciliation/kelurahan/${encodeURIComponent(code)}${q ? `?${q}` : ''}`;
}

export const reconciliationApi = {
  list: (code: string, f: ReconciliationFilter) =>
    apiRequest<ReconciliationList>(reconciliationUrl(code, f)),
  download: (code: string, f: ReconciliationFilter, format: 'csv' | 'xlsx') =>
    apiDownload(reconciliationUrl(code, f, format), `rekonsiliasi-${code}.${format}`),
};
