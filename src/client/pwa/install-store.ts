/**
 * Whether and how the app can be installed to the home screen. Chromium offers it with a
 * `beforeinstallprompt` event that must be kept to show the prompt later from a button; iOS
 * has no such event, so there the volunteer gets short instructions instead.
 */
interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  readonly userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

export interface InstallState {
  /** The browser offered installation: a button can show its prompt. */
  canPrompt: boolean;
  /** Running installed (standalone), or just installed from this page. */
  installed: boolean;
  /** iOS, not installed: show "Bagikan → Tambah ke Layar Utama". */
  iosHint: boolean;
}

let deferred: BeforeInstallPromptEvent | null = null;
let justInstalled = false;
let capturing = false;
let snapshot: InstallState = { canPrompt: false, installed: false, iosHint: false };
const listeners = new Set<() => void>();

function isStandalone(): boolean {
  const iosStandalone = (navigator as Navigator & { standalone?: boolean }).standalone === true;
  return iosStandalone || window.matchMedia('(display-mode: standalone)').matches;
}

function isIos(): boolean {
  // iPadOS presents itself as a Mac; touch points tell them apart.
  return (
    /iPad|iPhone|iPod/.test(navigator.userAgent) ||
    (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1)
  );
}

function refresh(): void {
  const installed = justInstalled || isStandalone();
  const next: InstallState = {
    canPrompt: !installed && deferred !== null,
    installed,
    iosHint: !installed && isIos(),
  };
  if (
    next.canPrompt === snapshot.canPrompt &&
    next.installed === snapshot.installed &&
    next.iosHint === snapshot.iosHint
  ) {
    return;
  }
  snapshot = next;
  listeners.forEach((listener) => listener());
}

/** Starts listening for the install offer; idempotent. Call early: the event comes once. */
export function captureInstallPrompt(): void {
  if (capturing || typeof window === 'undefined') return;
  capturing = true;
  window.addEventListener('beforeinstallprompt', (event) => {
    event.preventDefault(); // keep Chrome's mini-infobar away; our button shows the prompt
    deferred = event as BeforeInstallPromptEvent;
    refresh();
  });
  window.addEventListener('appinstalled', () => {
    deferred = null;
    justInstalled = true;
    refresh();
  });
  window.matchMedia('(display-mode: standalone)').addEventListener('change', refresh);
  refresh();
}

export function subscribeInstall(listener: () => void): () => void {
  captureInstallPrompt();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getInstallState(): InstallState {
  return snapshot;
}

/** Shows the browser's install prompt; the offer can be used once. */
export async function promptInstall(): Promise<'accepted' | 'dismissed' | 'unavailable'> {
  const event = deferred;
  if (!event) return 'unavailable';
  deferred = null;
  await event.prompt();
  const { outcome } = await event.userChoice;
  refresh();
  return outcome;
}
