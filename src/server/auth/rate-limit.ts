/**
 * A fixed-window counter per key (an IP address, a code), in memory: enough for one server
 * process, which is how Pintu runs. `hit` counts an attempt; `wait` says how long a key must
 * wait before trying again (0: it may go on).
 */
export class RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(
    readonly max: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds to wait before this key may try again; 0 when it may now. */
  wait(key: string): number {
    const w = this.windows.get(key);
    const now = this.now();
    if (!w || w.resetAt <= now) return 0;
    return w.count >= this.max ? Math.ceil((w.resetAt - now) / 1000) : 0;
  }

  /** Attempts of this key in its current window. */
  count(key: string): number {
    const w = this.windows.get(key);
    return w && w.resetAt > this.now() ? w.count : 0;
  }

  hit(key: string): void {
    const now = this.now();
    let w = this.windows.get(key);
    if (!w || w.resetAt <= now) {
      if (this.windows.size > 100_000) this.sweep(now);
      w = { count: 0, resetAt: now + this.windowMs };
      this.windows.set(key, w);
    }
    w.count++;
  }

  private sweep(now: number): void {
    for (const [key, w] of this.windows) if (w.resetAt <= now) this.windows.delete(key);
  }
}

/**
 * Failed guesses (refused codes, wrong secrets) counted per address, and for everyone together
 * as a backstop against a guesser with many addresses. The backstop slows only addresses that
 * have failed `suspectAfter` times themselves: were it to stop everyone, a thousand bad codes
 * would lock every phone in the city out, at no more cost to the attacker than the guessing.
 * So a guesser with many addresses gets a few guesses per address per window, and a phone
 * that has not guessed wrong goes on.
 */
export class FailureLimits {
  constructor(
    readonly perAddress: RateLimiter,
    readonly everyone: RateLimiter,
    readonly suspectAfter = 3,
  ) {}

  /** Seconds this address must wait before its next guess; 0 when it may go on. */
  wait(address: string): number {
    const own = this.perAddress.wait(address);
    if (own > 0 || this.perAddress.count(address) < this.suspectAfter) return own;
    return this.everyone.wait(EVERYONE);
  }

  fail(address: string): void {
    this.perAddress.hit(address);
    this.everyone.hit(EVERYONE);
  }
}

const EVERYONE = '*';

/**
 * The key a client's address is counted under: an IPv4 address as it is (an IPv4-mapped IPv6
 * address as its IPv4), an IPv6 address by its /64, since one subscriber usually holds a
 * whole /64 and could otherwise take a new address for every guess.
 */
export function addressKey(ip: string): string {
  const address = ip.split('%')[0]!; // a zone index (fe80::1%eth0) names no other host
  if (!address.includes(':')) return address;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) return mapped[1]!;
  const [head = '', tail] = address.split('::');
  const front = head ? head.split(':') : [];
  const back = tail ? tail.split(':') : [];
  const missing = tail === undefined ? 0 : 8 - front.length - back.length;
  const groups = [...front, ...Array<string>(Math.max(missing, 0)).fill('0'), ...back];
  return `${groups
    .slice(0, 4)
    .map((g) => (parseInt(g, 16) || 0).toString(16))
    .join(':')}::/64`;
}
