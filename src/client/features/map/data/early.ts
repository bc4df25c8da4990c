import { apiRequest } from '@client/sync';
import type { HouseholdPointsCompact } from '@shared/coverage/map-points';

export const householdsUrl = (code: string, rw: number | undefined, part: 'points' | 'details') =>
  `/api/coverage/kelurahan/${encodeURIComponent(code)}${rw === undefined ? '' : `/rw/${rw}`}/households?part=${part}`;

const started = new Map<string, { at: number; answer: Promise<HouseholdPointsCompact> }>();

/**
 * Begins fetching the houses of a map while its code (Leaflet, ~45 KB gzip) still loads, so
 * the two come in parallel on a slow network; the map's query then takes this answer.
 */
export function startEarly(code: string, rw?: number): void {
  const url = householdsUrl(code, rw, 'points');
  const early = started.get(url);
  if (early && Date.now() - early.at < 10_000) return;
  const answer = apiRequest<HouseholdPointsCompact>(url);
  answer.catch(() => undefined); // the query reports it, if it takes it
  started.set(url, { at: Date.now(), answer });
}

/** The answer `startEarly` began for this map, if recent; taken once. */
export function takeEarly(code: string, rw?: number): Promise<HouseholdPointsCompact> | undefined {
  const url = householdsUrl(code, rw, 'points');
  const early = started.get(url);
  started.delete(url);
  return early && Date.now() - early.at < 10_000 ? early.answer : undefined;
}
