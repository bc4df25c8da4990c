import { lazy } from 'react';

/**
 * Sign-in on the phone: enrollment with an invitation code, the PIN lock (offline), sign-out
 * and the notice after a revocation. The lock screen is in the first bundle (it is the first
 * screen of a signed-in phone); the rest loads on first use.
 */
export { useAuth } from './hooks/use-auth';
export { lockStore, useLocked } from './hooks/use-lock';
export { LockScreen } from './components/LockScreen';
export { SyncFirstScreen } from './components/SyncFirstScreen';
export { useExpiry } from './hooks/use-expiry';
export { AreaNoticeBanner } from './components/AreaNoticeBanner';
export { forgetRevocation } from './data/sign-out';
export const EnrollScreen = lazy(() =>
  import('./components/EnrollScreen').then((m) => ({ default: m.EnrollScreen })),
);
export const RevokedScreen = lazy(() =>
  import('./components/RevokedScreen').then((m) => ({ default: m.RevokedScreen })),
);
export const SignOutPanel = lazy(() =>
  import('./components/SignOutPanel').then((m) => ({ default: m.SignOutPanel })),
);
export const AccountCard = lazy(() =>
  import('./components/AccountCard').then((m) => ({ default: m.AccountCard })),
);
