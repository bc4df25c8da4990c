import { UUID_PATTERN } from '../ids';

/**
 * Hybrid logical clock (Kulkarni et al., 2014). A timestamp is a string; since version 4 of
 * the protocol it is 28 characters that sort lexicographically in causal-then-wall-clock order:
 *
 *   0199a1b2c3d00003.AbCdEfGhIjK
 *   └wall ms┘└cnt┘ └ node ┘       wall: 11 hex digits, counter: 5, node: device or "server"
 *
 * Every field of a record carries the HLC of its last write; the later one wins a merge.
 * The node makes two writes from different devices never compare equal. A device's node is
 * the last 8 bytes of its id (UUID v7, 62 random bits there) in base64url, 11 characters: of
 * 10^5 devices ever enrolled, two share one with odds ≈ 10^10 / 2^63 ≈ 10^-9, and even then
 * only two writes of one field in the same millisecond and counter would tie; "server" and
 * "demo" are shorter, so never a device's.
 *
 * Version 3 wrote `<wall, 15 digits>-<counter, 6 digits>-<node>` with the device id, 59
 * characters (`LEGACY`). Both are read everywhere and compared by (wall, counter, node), the
 * legacy node taken as its compact form: never compare HLC strings with `<`, use compareHlc.
 */
export type Hlc = string;

export type HlcParts = { wall: number; counter: number; node: string };

const WALL_HEX = 11;
const COUNTER_HEX = 5;
const COMPACT_PATTERN = /^([0-9a-f]{11})([0-9a-f]{5})\.([0-9A-Za-z_-]{1,64})$/;
const LEGACY_PATTERN = /^(\d{15})-(\d{6})-([0-9A-Za-z_-]{1,64})$/;
/** Greatest counter either format holds (the legacy one has 6 decimal digits). */
export const MAX_COUNTER = 999_999;

/** The HLC node of a device id (or of any other node name, which stays as it is). */
export function compactNode(node: string): string {
  if (!UUID_PATTERN.test(node)) return node;
  return base64url(node.replace(/-/g, '').slice(-16));
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Bytes given as hex in unpadded base64url (what PostgreSQL's encode gives, translated). */
function base64url(hex: string): string {
  let out = '';
  let bits = 0;
  let value = 0;
  for (let i = 0; i < hex.length; i += 2) {
    value = (value << 8) | parseInt(hex.slice(i, i + 2), 16);
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      out += BASE64URL[(value >> bits) & 63];
    }
    value &= (1 << bits) - 1;
  }
  return bits > 0 ? out + BASE64URL[(value << (6 - bits)) & 63] : out;
}

/** Greatest wall clock the compact form holds: the year 2527. */
export const MAX_WALL = 2 ** 44 - 1;

/**
 * A wall or counter beyond the form's digits (a phone clock set centuries ahead, which the
 * server pulls back anyway) is written as the greatest one, so every stamp stays readable.
 */
export function formatHlc({ wall, counter, node }: HlcParts): Hlc {
  const w = Math.min(wall, MAX_WALL).toString(16).padStart(WALL_HEX, '0');
  const c = Math.min(counter, MAX_COUNTER).toString(16).padStart(COUNTER_HEX, '0');
  return `${w}${c}.${compactNode(node)}`;
}

/** The version 3 form of an HLC, for apps of that version (their code parses only it). */
export function legacyHlc(hlc: Hlc): Hlc {
  const { wall, counter, node } = parseHlc(hlc);
  const c = Math.min(counter, MAX_COUNTER);
  return `${String(wall).padStart(15, '0')}-${String(c).padStart(6, '0')}-${node}`;
}

/** The current form of an HLC of either format: the same timestamp, compared equal. */
export function compactHlc(hlc: Hlc): Hlc {
  return hlc.charCodeAt(16) === 46 /* . */ ? hlc : formatHlc(parseHlc(hlc));
}

/** Every HLC of a record's map in the current form (the same object when already so). */
export function compactHlcs(hlcs: Record<string, Hlc>): Record<string, Hlc> {
  let out: Record<string, Hlc> | undefined;
  for (const field in hlcs) {
    const h = hlcs[field]!;
    const c = compactHlc(h);
    if (c !== h) (out ??= { ...hlcs })[field] = c;
  }
  return out ?? hlcs;
}

export function isHlc(value: unknown): value is Hlc {
  return typeof value === 'string' && (COMPACT_PATTERN.test(value) || LEGACY_PATTERN.test(value));
}

export function parseHlc(hlc: Hlc): HlcParts {
  const compact = COMPACT_PATTERN.exec(hlc);
  if (compact) {
    return {
      wall: parseInt(compact[1]!, 16),
      counter: parseInt(compact[2]!, 16),
      node: compact[3]!,
    };
  }
  const legacy = LEGACY_PATTERN.exec(hlc);
  if (!legacy) throw new Error(`Not an HLC: ${hlc}`);
  return { wall: Number(legacy[1]), counter: Number(legacy[2]), node: compactNode(legacy[3]!) };
}

/**
 * Orders two HLCs of either format by (wall, counter, node); 0 for the same write, whichever
 * form each is in. Two compact ones compare as their strings do.
 */
export function compareHlc(a: Hlc, b: Hlc): number {
  if (a === b) return 0;
  if (a.charCodeAt(16) === 46 && b.charCodeAt(16) === 46) return a < b ? -1 : 1;
  const pa = parseHlc(a);
  const pb = parseHlc(b);
  if (pa.wall !== pb.wall) return pa.wall < pb.wall ? -1 : 1;
  if (pa.counter !== pb.counter) return pa.counter < pb.counter ? -1 : 1;
  return pa.node === pb.node ? 0 : pa.node < pb.node ? -1 : 1;
}

export function maxHlc(a: Hlc | undefined, b: Hlc | undefined): Hlc | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return compareHlc(a, b) > 0 ? a : b;
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
  readonly node: string;
  private wall: number;
  private counter: number;

  /** `node`: the device id (made compact here) or another node name. */
  constructor(
    node: string,
    last?: Hlc,
    private readonly now: () => number = Date.now,
  ) {
    this.node = compactNode(node);
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
