import type { UserSummary } from '@shared/auth/api';

/** What the people list is narrowed to: one kelurahan ('' for all) and part of a name. */
export type PeopleFilter = { kelurahanCode: string; name: string };

/** Cards drawn at once; the city's admin has thousands of people and narrows the list first. */
export const PEOPLE_SHOWN_AT_MOST = 100;

/**
 * The people list as the lurah or the admin reads it: active people first, then by name;
 * only the chosen kelurahan's, and only names containing the typed text (any case, spaces
 * around it ignored).
 */
export function listPeople(users: readonly UserSummary[], filter: PeopleFilter): UserSummary[] {
  const wanted = filter.name.trim().toLocaleLowerCase('id');
  return users
    .filter((u) => !filter.kelurahanCode || u.area.kelurahanCode === filter.kelurahanCode)
    .filter((u) => !wanted || u.name.toLocaleLowerCase('id').includes(wanted))
    .sort(
      (a, b) =>
        Number(a.status === 'revoked') - Number(b.status === 'revoked') ||
        a.name.localeCompare(b.name, 'id'),
    );
}
