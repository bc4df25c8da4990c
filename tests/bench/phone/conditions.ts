// A low-end Android phone on a slow mobile network, as Chromium can stand in for one: the CPU
// slowed 4× and the network of Lighthouse's mobile profile (≈ 1.6 Mbit/s down, 750 kbit/s up,
// 150 ms round trip). Applied to one page through the DevTools protocol, which also counts the
// bytes that page downloads (compressed, headers included) as they arrive.
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

export const PHONE_CPU_SLOWDOWN = 4;
export const PHONE_NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};

export type Wire = {
  /** Bytes received by the page since `reset`, for responses whose URL passes `filter`. */
  bytes(filter?: (url: string) => boolean): number;
  /** Wall time (ms since epoch) the first request to a URL passing `filter` was sent. */
  firstRequestAt(filter: (url: string) => boolean): number | null;
  reset(): void;
};

export type PhonePage = { cdp: CDPSession; wire: Wire };

/** Slows `page` down to a phone on a slow network, and starts counting its bytes. */
export async function emulatePhone(
  context: BrowserContext,
  page: Page,
  { cpu = true, network = true } = {},
): Promise<PhonePage> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (network) await cdp.send('Network.emulateNetworkConditions', PHONE_NETWORK);
  if (cpu) await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE_CPU_SLOWDOWN });

  const urls = new Map<string, string>();
  let received: { url: string; bytes: number }[] = [];
  let sent: { url: string; at: number }[] = [];
  cdp.on('Network.requestWillBeSent', (e) => {
    urls.set(e.requestId, e.request.url);
    sent.push({ url: e.request.url, at: e.wallTime * 1000 });
  });
  cdp.on('Network.loadingFinished', (e) => {
    received.push({ url: urls.get(e.requestId) ?? '', bytes: e.encodedDataLength });
  });
  const wire: Wire = {
    bytes: (filter = () => true) =>
      received.filter((r) => filter(r.url)).reduce((sum, r) => sum + r.bytes, 0),
    firstRequestAt: (filter) => sent.find((s) => filter(s.url))?.at ?? null,
    reset: () => {
      received = [];
      sent = [];
    },
  };
  return { cdp, wire };
}

/**
 * The phone's slow network, or none (`slow: false`). Chromium's emulation also delays what the
 * service worker answers from its cache, which on a phone never touches the network: screens
 * opened from the precache are measured with the CPU slowed and no network emulation.
 */
export function emulateNetwork(phone: PhonePage, slow: boolean): Promise<unknown> {
  return phone.cdp.send(
    'Network.emulateNetworkConditions',
    slow
      ? PHONE_NETWORK
      : { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 },
  );
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
