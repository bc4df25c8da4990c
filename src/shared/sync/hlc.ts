/**
 * Hybrid logical clock (Kulkarni et al., 2014). A timestamp is a string that sorts
 * lexicographically in causal-then-wall-clock order:
 *
 *   000001763884800000-000003-<node>
 *   └ wall clock ms ┘ └counter┘ └ device id, or "server" ┘
 *
 * Every field of a record carries the HLC of its last write; the later one wins a merge.
 * The node id makes two writes from different devices never compare equal.
 */
export type Hlc = string;

export type HlcParts = { wall: number; counter: number; node: string };

const WALL_DIGITS = 15;
const COUNTER_DIGITS = 6;

export function formatHlc({ wall, counter, node }: HlcParts): Hlc {
  return `${String(wall).padStart(WALL_DIGITS, '0')}-${String(counter).padStart(COUNTER_DIGITS, '0')}-${node}`;
}

const HLC_PATTERN = /^(\d{15})-(\d{6})-([0-9A-Za-z_-]{1,64})$/;

export function isHlc(value: unknown): value is Hlc {
  return typeof value === 'string' && HLC_PATTERN.test(value);
}

export function parseHlc(hlc: Hlc): HlcParts {
  const match = HLC_PATTERN.exec(hlc);
  if (!match) throw new Error(`Not an HLC: ${hlc}`);
  return { wall: Number(match[1]), counter: Number(match[2]), node: match[3]! };
}

export function maxHlc(a: Hlc | undefined, b: Hlc | undefined): Hlc | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}

/**
 * Hands out HLCs for one node. `observe` moves the clock past timestamps seen from others, so
 * an edit made after seeing someone else's edit sorts after it even if this device's clock is
 * behind (a phone a day slow included).
 *
 * Every timestamp is followed, however far ahead of this device's clock: a device only sees
 * stamps the server stored, and the server pulls every stamp it stores back to its own clock
 * + 5 minutes (`clampHlc`, src/server/sync/apply.ts). Ignoring "too far ahead" stamps here
 * would measure them against the one clock known to be wrong, this phone's.
 */
export class HlcClock {
  private wall: number;
  private counter: number;

  constructor(
    readonly node: string,
    last?: Hlc,
    private readonly now: () => number = Date.now,
  ) {
    const parts = last ? parseHlc(last) : { wall: 0, counter: 0 };
    this.wall = parts.wall;
    this.counter = parts.counter;
  }

  next(): Hlc {
    const physical = this.now();
    if (physical > this.wall) {
      this.wall = physical;
      this.counter = 0;
    } else {
      this.counter++;
    }
    return formatHlc({ wall: this.wall, counter: this.counter, node: this.node });
  }

  observe(remote: Hlc): void {
    const { wall, counter } = parseHlc(remote);
    if (wall > this.wall || (wall === this.wall && counter > this.counter)) {
      this.wall = wall;
      this.counter = counter;
    }
  }

  /** The last timestamp handed out or observed, to persist across restarts. */
  get last(): Hlc {
    return formatHlc({ wall: this.wall, counter: this.counter, node: this.node });
  }
}
