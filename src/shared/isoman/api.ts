import type { IsoDate } from '../dates';

/**
 * GET /api/isoman/kelurahan/:code[?rw=]: the residents of a kelurahan (or one RW of it) in
 * active isoman today, for the lurah's list (docs/api.md). A family cluster is a household
 * with two or more of them, the same rule as the dashboards' `familyClusters`.
 */
export type IsomanList = {
  /** ISO time the list was read. */
  asOf: string;
  /** The day (Asia/Jakarta) the days of isolation are counted to. */
  today: IsoDate;
  kelurahanCode: string;
  name: string;
  /** null: the whole kelurahan. */
  rw: number | null;
  patients: IsomanPatient[];
  /** Households with two or more patients, most patients first. */
  clusters: { householdId: string; rw: number; rt: number; address: string; patients: number }[];
};

export type IsomanPatient = {
  /** The isoman episode. */
  id: string;
  residentId: string;
  name: string;
  age: number | null;
  householdId: string;
  headName: string;
  address: string;
  rw: number;
  rt: number;
  startDate: IsoDate;
  expectedEndDate: IsoDate;
  /** Day N of isolation: the start day is day 1. */
  day: number;
  /** Days the isolation is expected to last (expected end minus start: 10 by default). */
  days: number;
  /** The household has two or more residents in active isoman. */
  cluster: boolean;
};
