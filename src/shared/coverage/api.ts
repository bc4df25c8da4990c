import type { IsoDate } from '../dates';
import type { Coverage } from '../domain/coverage';

/**
 * Shapes of the coverage endpoints (docs/api.md has the prose): dashboards per city,
 * kelurahan and RW, the households on the map, and the weekly report. Every answer says when
 * its figures were computed (`asOf`), which the screens show as "data per <time>" when they
 * read it from their cache offline.
 */

/** One area's figures: the counts and percentages of `Coverage` (src/shared/domain/coverage.ts). */
export type CoverageRow = Coverage & {
  /** Kemendagri code for a kelurahan, `rw` as a string for an RW, `rw/rt` for an RT. */
  key: string;
  /** Readable name: "Bekasi Jaya", "RW 003", "RT 005". */
  name: string;
  /** Households with two or more residents in isoman at the same time. */
  familyClusters: number;
  /**
   * What reached the server from the Monday of the answer's week to its `date`, whatever the
   * doses' own dates: the "recorded this week" figure beside coverage by vaccination date.
   */
  recordedThisWeek?: RecordedCounts;
};

/** Net changes of residents at least at each status that reached the server in a span of days. */
export type RecordedCounts = { dosis1: number; lengkap: number; booster: number };

/** Coverage at the end of one day by the dates in the records (dose dates), for the trend chart. */
export type TrendPoint = {
  date: IsoDate;
  eligible: number;
  dosis1: number;
  lengkap: number;
  booster: number;
  activeIsoman: number;
  householdsVisited: number;
};

type Answer = {
  /** ISO time the figures were computed. */
  asOf: string;
  /**
   * The day the coverage is of (`?date=YYYY-MM-DD`, default today in Kota Bekasi), counted by
   * the date of vaccination; the trend ends on it.
   */
  date?: IsoDate;
  /** The Monday from which `recordedThisWeek` counts (the ISO week of `date`). */
  recordedFrom?: IsoDate;
  /** The herd-immunity target in force (share of eligible, e.g. 0.7). */
  target: number;
};

/** GET /api/coverage/city: the 56 kelurahan, ranked by the lengkap share, and isoman per kelurahan. */
export type CityCoverage = Answer & {
  total: CoverageRow;
  kelurahan: (CoverageRow & { kecamatanCode: string; kecamatanName: string })[];
  /** The 12 kecamatan (sums of their kelurahan), ranked like the kelurahan. */
  kecamatan: CoverageRow[];
  /** Kelurahan with active isoman, most patients first ("Kelurahan Kota Baru (5 pasien)"). */
  isoman: { kelurahanCode: string; name: string; active: number }[];
  trend: TrendPoint[];
};

/** GET /api/coverage/kelurahan/:code: one row per RW. */
export type KelurahanCoverage = Answer & {
  kelurahanCode: string;
  name: string;
  total: CoverageRow;
  rws: CoverageRow[];
  trend: TrendPoint[];
};

/** GET /api/coverage/kelurahan/:code/rw/:rw: one row per RT. */
export type RwCoverage = Answer & {
  kelurahanCode: string;
  rw: number;
  total: CoverageRow;
  rts: CoverageRow[];
  trend: TrendPoint[];
};

/** How a household shows on the map. */
export type HouseholdMapStatus = 'lengkap' | 'sebagian' | 'belum-vaksin' | 'belum-dikunjungi';

/**
 * GET /api/coverage/kelurahan/:code/households: households with a GPS point, with only what
 * the map shows (a dot, and the door to knock on): no names of residents or of the head.
 */
export type HouseholdPoints = Answer & {
  households: {
    id: string;
    rw: number;
    rt: number;
    lat: number;
    lng: number;
    address: string;
    residents: number;
    status: HouseholdMapStatus;
    activeIsoman: number;
    /** Eligible residents without a dose: the "belum divaksin" density layer. */
    unvaccinated: number;
  }[];
};

/** GET /api/reports/weekly?week=YYYY-Www[&format=json|csv|xlsx] (kelurahan optional). */
export type WeeklyReport = Answer & {
  week: string;
  from: IsoDate;
  to: IsoDate;
  rows: WeeklyReportRow[];
};

export type WeeklyReportRow = {
  kelurahanCode: string;
  kelurahanName: string;
  /** null: the kelurahan's total row; a number: one of its RWs. */
  rw: number | null;
  eligible: number;
  dosis1: number;
  lengkap: number;
  booster: number;
  pctLengkap: number;
  /** Change of `lengkap` over the week (end of week minus end of the week before). */
  lengkapChange: number;
  pctLengkapChange: number;
  /** Changes that reached the server in the week, whatever the doses' dates ("recorded"). */
  recordedDosis1: number;
  recordedLengkap: number;
  recordedBooster: number;
  visits: number;
  activeIsoman: number;
  newIsoman: number;
};
