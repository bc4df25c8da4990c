import { lazy } from 'react';

/**
 * The lurah's screens (lurah, staf kelurahan, admin kota): people in their area with last
 * sync and changes, invitations (code, QR code, link), revoke, change area, and a household's
 * history. Server-only data through React Query (loaded with these screens only), its last
 * answer kept for offline viewing. The QR code library loads on the invitation screen only.
 */
export { volunteerKeys } from './data/api';
const screens = () => import('./components/screens');
export const VolunteersScreen = lazy(() =>
  screens().then((m) => ({ default: m.VolunteersScreen })),
);
export const InviteScreen = lazy(() => screens().then((m) => ({ default: m.InviteScreen })));
export const HistoryScreen = lazy(() => screens().then((m) => ({ default: m.HistoryScreen })));
export const StaffHome = lazy(() => screens().then((m) => ({ default: m.StaffHome })));
