import { lazy } from 'react';

/**
 * Follow-ups ("tindak lanjut"). On the volunteer's phone: the open ones of their RTs (synced
 * records, read from Dexie), and their count on the home list — that link is small and stays
 * in the first bundle. For the lurah, staf kelurahan and ketua RW: handing them out, from the
 * server's list of unvaccinated residents and houses to revisit (React Query, server data).
 */
export { FollowupHomeLink } from './components/FollowupHomeLink';
export const FollowupListScreen = lazy(() =>
  import('./components/FollowupListScreen').then((m) => ({ default: m.FollowupListScreen })),
);
export const AssignFollowupsScreen = lazy(() =>
  import('./components/AssignFollowupsScreen').then((m) => ({ default: m.AssignFollowupsScreen })),
);
export const HouseholdFollowups = lazy(() =>
  import('./components/HouseholdFollowups').then((m) => ({ default: m.HouseholdFollowups })),
);
