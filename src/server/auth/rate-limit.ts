import type { FastifyInstance } from 'fastify';
import type { Queryable } from '../db/database';
import { countAndRead, sweepRateCounts, type Counter, type Window } from './rate-counts-data';

/** A fixed-window limit: `max` per key in `windowMs`, counted under `scope`. */
export type Limit = { scope: string; max: number; windowMs: number };

/**
 * The rate limits' counters, kept in the database (`rate_counts`, migration 011) so that
 * every server process on it counts into the same windows. A check costs one statement; the
 * sign-in of a verified device costs none (authenticate.ts counts only before a scrypt).
 * `now` is this process's clock: a skew between servers only shifts a window a little.
 */
export class RateCounts {
  constructor(
    readonly db: Queryable,
    readonly now: () => number = Date.now,
  ) {}

  /** Counts one more in each of `hits` and reads `reads`, in one statement (see countAndRead). */
  count(hits: readonly Counter[], reads: readonly Counter[] = []) {
    return countAndRead(this.db, hits, reads, this.now());
  }

  /** Seconds a key whose window stands at `w` must wait under `limit`; 0 when it may go on. */
  waitOf(limit: Limit, w: Window): number {
    return w.count >= limit.max ? Math.max(1, Math.ceil((w.resetAt - this.now()) / 1000)) : 0;
  }

  /** Forgets windows that have ended, every `everyMs` while the server runs. */
  sweepEvery(app: FastifyInstance, everyMs = 5 * 60_000): void {
    let timer: NodeJS.Timeout | undefined;
    app.addHook('onReady', async () => {
      timer = setInterval(() => {
        sweepRateCounts(this.db, this.now()).catch((error: unknown) =>
          app.log.warn({ err: error }, 'rate count sweep failed'),
        );
      }, everyMs);
      timer.unref();
    });
    app.addHook('onClose', async () => clearInterval(timer));
  }
}

export function counter(limit: Limit, key: string): Counter {
  return { scope: limit.scope, key, windowMs: limit.windowMs };
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
    readonly counts: RateCounts,
    readonly perAddress: Limit,
    readonly everyone: Limit,
    readonly suspectAfter = 3,
  ) {}

  /** The counters `waitFrom` needs, to read along with others in one statement. */
  reads(address: string): Counter[] {
    return [counter(this.perAddress, address), counter(this.everyone, EVERYONE)];
  }

  /** Seconds this address must wait, from the windows of `reads(address)`; 0 when it may go on. */
  waitFrom([own, all]: readonly Window[]): number {
    const ownWait = this.counts.waitOf(this.perAddress, own!);
    if (ownWait > 0 || own!.count < this.suspectAfter) return ownWait;
    return this.counts.waitOf(this.everyone, all!);
  }

  /** Seconds this address must wait before its next guess; 0 when it may go on. */
  async wait(address: string): Promise<number> {
    return this.waitFrom((await this.counts.count([], this.reads(address))).reads);
  }

  /** Counts a failure of this address, and `also` (e.g. the code it tried), in one statement. */
  async fail(address: string, also: readonly Counter[] = []): Promise<void> {
    await this.counts.count([...this.reads(address), ...also]);
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
