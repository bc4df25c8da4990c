import { lazy } from 'react';

/**
 * The lurah's screens (lurah, staf kelurahan, admin kota): people in their area with last
 * sync and changes, invitations (code, QR code, link), revoke, change area, and a household's
 * history. Server-only data through React Query, its last answer kept for offline viewing.
 * Every screen loads on first use; the QR code library only on the invitation screen.
 */
export { volunteerKeys } from './data/api';
export const VolunteersScreen = lazy(() =>
  import('./components/VolunteersScreen').then((m) => ({ default: m.VolunteersScreen })),
);
export const InviteScreen = lazy(() =>
  import('./components/InviteScreen').then((m) => ({ default: m.InviteScreen })),
);
export const HistoryScreen = lazy(() =>
  import('./components/HistoryScreen').then((m) => ({ default: m.HistoryScreen })),
);
export const StaffHome = lazy(() =>
  import('./components/StaffHome').then((m) => ({ default: m.StaffHome })),
);
