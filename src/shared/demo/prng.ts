/**
 * A small seeded PRNG (sfc32, 128-bit state, seeded by hashing a string with cyrb128), so the
 * demo data is the same on every machine for the same seed. 128 bits of state keep the
 * streams of the 56 kelurahan from overlapping, which a 32-bit generator could not promise.
 * Not for anything secret.
 */
export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: string) {
    [this.a, this.b, this.c, this.d] = cyrb128(seed);
    for (let i = 0; i < 12; i++) this.u32(); // mix the seed in before the first use
  }

  /** 32 random bits as an unsigned integer. */
  u32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.u32() / 4294967296;
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Waiting time with the given mean (exponential), for "most soon, some late" dates. */
  exp(mean: number): number {
    return -Math.log(1 - this.next()) * mean;
  }

  /**
   * A UUID v7 whose 48-bit time is `ms` and whose 74 random bits come from this generator, so
   * ids are deterministic and still sort by the time the record was made.
   */
  uuidv7(ms: number): string {
    const time = Math.floor(ms).toString(16).padStart(12, '0');
    const r1 = this.u32();
    const r2 = this.u32();
    const r3 = this.u32();
    const randA = hex(r1 & 0xfff, 3);
    const variant = hex(((r1 >>> 12) & 0x3fff) | 0x8000, 4);
    return `${time.slice(0, 8)}-${time.slice(8)}-7${randA}-${variant}-${hex(r2, 8)}${hex(r3 & 0xffff, 4)}`;
  }
}

/** Draws from a fixed table of weighted choices; the cumulative sums are computed once. */
export class Weighted<T> {
  private readonly values: T[];
  private readonly cumulative: number[];
  private readonly total: number;

  constructor(table: readonly (readonly [T, number])[]) {
    this.values = table.map(([v]) => v);
    let sum = 0;
    this.cumulative = table.map(([, w]) => (sum += w));
    this.total = sum;
  }

  draw(rng: Rng): T {
    const x = rng.next() * this.total;
    const cumulative = this.cumulative;
    let i = 0;
    while (i < cumulative.length - 1 && cumulative[i]! <= x) i++;
    return this.values[i]!;
  }
}

const HEX_BYTE = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** The low `width` hex digits of `n` (width 3, 4 or 8), by table: ids are made by the million. */
function hex(n: number, width: 3 | 4 | 8): string {
  const low = HEX_BYTE[n & 0xff]!;
  const second = HEX_BYTE[(n >>> 8) & 0xff]!;
  if (width === 3) return second[1]! + low;
  if (width === 4) return second + low;
  return HEX_BYTE[(n >>> 24) & 0xff]! + HEX_BYTE[(n >>> 16) & 0xff]! + second + low;
}

/** cyrb128: a fast 128-bit string hash (public domain, bryc), used only to seed sfc32. */
function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}
