import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { ROLE_LABELS } from '@shared/auth/roles';
import type { SignedIn } from '@client/sync';
import { Button } from '@client/ui/button';
import { Loading } from '@client/ui/page-header';
import { FREE_TRIES, unlockWithPin, WIPE_AFTER_FAILURES, type UnlockResult } from '../data/unlock';
import { usePinAttempts } from '../hooks/use-auth';
import { PinDots, PinPad } from './PinPad';
import './auth.css';

// Signing out from here ("Lupa PIN?") is rare: its code loads only when asked for.
const SignOutPanel = lazy(() =>
  import('./SignOutPanel').then((m) => ({ default: m.SignOutPanel })),
);

/**
 * The first screen of a signed-in phone: the PIN, checked on the phone, with no network.
 * After FREE_TRIES wrong PINs each further try waits longer; the wait is kept in the
 * database, so reloading does not shorten it.
 */
export function LockScreen({
  auth,
  onUnlocked,
  pushNow,
}: {
  auth: SignedIn;
  onUnlocked: () => void;
  pushNow: () => Promise<void>;
}) {
  const attempts = usePinAttempts();
  const [pin, setPin] = useState('');
  const [checking, setChecking] = useState(false);
  const [wrong, setWrong] = useState<number | null>(null);
  const [forgot, setForgot] = useState(false);
  const waitUntil = attempts?.waitUntil ?? 0;
  const now = useNow(waitUntil);
  const waitSeconds = Math.max(0, Math.ceil((waitUntil - now) / 1000));
  const disabled = checking || waitSeconds > 0 || attempts === undefined;

  const submit = useCallback(
    async (full: string) => {
      setChecking(true);
      const result: UnlockResult = await unlockWithPin(full);
      setChecking(false);
      setPin('');
      if (result.ok) return onUnlocked();
      if (result.reason === 'wrong' || result.reason === 'wait') setWrong(result.failures);
    },
    [onUnlocked],
  );
  const onDigit = useCallback(
    (digit: string) => {
      if (pin.length >= 6) return;
      const next = pin + digit;
      setPin(next);
      if (next.length === 6) void submit(next);
    },
    [pin, submit],
  );
  const onDelete = useCallback(() => setPin((current) => current.slice(0, -1)), []);

  if (forgot) {
    return (
      <div className="lock-screen">
        <Suspense fallback={<Loading />}>
          <SignOutPanel pushNow={pushNow} forgotPin onCancel={() => setForgot(false)} />
        </Suspense>
      </div>
    );
  }

  return (
    <div className="lock-screen">
      <h1>Masukkan PIN</h1>
      <p className="muted">
        {auth.user.name} · {ROLE_LABELS[auth.user.role]}
      </p>
      <PinDots filled={pin.length} />
      <p className="pin-message" role="alert" aria-live="assertive">
        {checking
          ? 'Memeriksa…'
          : waitSeconds > 0
            ? `Terlalu banyak PIN salah. Coba lagi dalam ${formatWait(waitSeconds)}.`
            : wrong !== null
              ? wrong >= WIPE_AFTER_FAILURES - 3
                ? `PIN salah. ${WIPE_AFTER_FAILURES - wrong} kali lagi salah, semua data di HP ini dihapus.`
                : wrong < FREE_TRIES
                  ? `PIN salah. Sisa ${FREE_TRIES - wrong} percobaan sebelum harus menunggu.`
                  : 'PIN salah.'
              : ' '}
      </p>
      <PinPad disabled={disabled} onDigit={onDigit} onDelete={onDelete} />
      <Button variant="ghost" block onClick={() => setForgot(true)} style={{ marginTop: '1rem' }}>
        Lupa PIN?
      </Button>
    </div>
  );
}

/** The clock, ticking every second while a wait runs (and not at all otherwise). */
function useNow(until: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    setNow(Date.now());
    if (until <= Date.now()) return;
    const timer = setInterval(() => {
      setNow(Date.now());
      if (Date.now() >= until) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [until]);
  return now;
}

function formatWait(seconds: number): string {
  if (seconds < 60) return `${seconds} detik`;
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return s === 0 ? `${m} menit` : `${m} menit ${s} detik`;
}
