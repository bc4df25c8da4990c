import type { IsoDate } from '../dates';
import type { RecordMeta } from '../domain/entities';
import type { Sex } from '../domain/resident-fields';
import { formatHlc, type Hlc } from '../sync/hlc';
import { KELURAHAN, type Kelurahan } from '../wilayah/wilayah';
import { dayOf, isoOf, msOf, type Birth } from './days';
import { Rng } from './prng';

/** HLC node of every generated field: the demo data loses to any real edit made later. */
export const DEMO_NODE = 'demo';

/**
 * The state of generating one kelurahan: its random stream, the clock that stamps records,
 * and the serial numbers handed out so far, so NIK and KK numbers never repeat.
 */
export class DemoContext {
  readonly rng: Rng;
  readonly today: number;
  readonly todayIso: IsoDate;
  /** NIK region (6 digits) of the kecamatan the kelurahan lies in, e.g. 327501. */
  readonly localRegion: string;
  private readonly kelIndex: number;
  private clockMs: number;
  private readonly serials = new Map<string, number>();

  constructor(
    readonly kelurahan: Kelurahan,
    seed: number,
    today: IsoDate,
  ) {
    this.rng = new Rng(`pintu-demo:${seed}:${kelurahan.code}`);
    this.today = dayOf(today);
    this.todayIso = isoOf(this.today);
    this.localRegion = kelurahan.kecamatanCode.replace(/\./g, '');
    this.kelIndex = KELURAHAN.indexOf(kelurahan);
    // Records are "entered" from 90 days before today on: ids and HLCs lie in the past.
    this.clockMs = msOf(this.today - 90) + 8 * 3_600_000;
  }

  /**
   * A record with a deterministic UUID v7 and every field stamped with one HLC, as if a
   * volunteer had entered it a few seconds after the previous one.
   */
  stamp<T extends Record<string, unknown>>(fields: T): RecordMeta & T {
    this.clockMs += this.rng.int(1_000, 20_000);
    const at: Hlc = formatHlc({ wall: this.clockMs, counter: 0, node: DEMO_NODE });
    const hlc: Record<string, Hlc> = {};
    for (const field in fields) hlc[field] = at;
    return { id: this.rng.uuidv7(this.clockMs), hlc, ...fields };
  }

  /**
   * NIK: region, birth date (day + 40 for women), serial. Real serials count people born on
   * the same day in the same kecamatan; here the hundreds of the serial are this kelurahan's
   * place in the city list, so two kelurahan generated apart never hand out the same NIK.
   */
  nik(region: string, birth: Birth, sex: Sex): string {
    return this.numbered(
      region + pad2(birth.d + (sex === 'P' ? 40 : 0)) + pad2(birth.m) + pad2(birth.y % 100),
    );
  }

  /** Nomor KK: region, date of issue (DDMMYY), serial; numbered like the NIK. */
  kkNumber(region: string, issued: number): string {
    const iso = isoOf(issued);
    return this.numbered(`${region}${iso.slice(8, 10)}${iso.slice(5, 7)}${iso.slice(2, 4)}`);
  }

  private numbered(prefix: string): string {
    const used = this.serials.get(prefix);
    const n = used === undefined ? this.rng.int(0, 40) : used + 1;
    this.serials.set(prefix, n);
    return prefix + String(this.kelIndex * 100 + 1 + (n % 100)).padStart(4, '0');
  }
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}
