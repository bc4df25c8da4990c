import type { Role } from '../auth/roles';
import type { WeeklyReport, WeeklyReportRow } from '../coverage/api';
import type { SubmissionStatus } from './deadline';

/**
 * Shapes of the report submission endpoints (docs/api.md, "Sending the weekly report"): the
 * lurah or staf sends their kelurahan's weekly report; each sending is an unchangeable version.
 */

/** POST /api/reports/submissions. */
export type SendReportRequest = {
  week: string;
  /** Only to name it; the server takes the sender's own kelurahan. */
  kelurahan?: string;
  /** The latest version the sender saw (0: none): a send crossing another answers 409. */
  baseVersion: number;
};

/** Who sent a version, and when. */
export type SubmissionVersion = {
  version: number;
  sentAt: string;
  sentBy: { id: string | null; name: string; role: Role };
};

/** One kelurahan's state for a week. */
export type KelurahanSubmission = {
  kelurahanCode: string;
  kelurahanName: string;
  kecamatanName: string;
  status: SubmissionStatus;
  /** The first version (it decides on time or late) and the latest (what counts now). */
  first: SubmissionVersion | null;
  latest: SubmissionVersion | null;
};

/** GET /api/reports/submissions?week=: every kelurahan the caller may see, by code. */
export type SubmissionList = {
  week: string;
  from: string;
  to: string;
  /** The end of the week's Friday in Kota Bekasi (ISO instant). */
  deadline: string;
  asOf: string;
  kelurahan: KelurahanSubmission[];
  counts: Record<SubmissionStatus, number>;
};

/** A report row's figures that can change between versions. */
export type ReportField = Exclude<keyof WeeklyReportRow, 'kelurahanCode' | 'kelurahanName' | 'rw'>;

/** How one row differs from the previous version. */
export type RowChange = {
  kelurahanCode: string;
  rw: number | null;
  kind: 'added' | 'removed' | 'changed';
  /** The figures that differ (all of them for an added or removed row). */
  fields: { field: ReportField; before: number | null; after: number | null }[];
};

/** GET /api/reports/submissions/:code/:week/:version: a version as it was sent. */
export type ReportSnapshot = SubmissionVersion & {
  kelurahanCode: string;
  kelurahanName: string;
  kecamatanName: string;
  week: string;
  deadline: string;
  /** Whether this version came by the deadline. */
  onTime: boolean;
  /** The report's figures as sent (the rows of GET /api/reports/weekly at that moment). */
  report: WeeklyReport;
  /** The version before this one (null for the first) and what changed against it. */
  previousVersion: number | null;
  changes: RowChange[];
  /** The newest version of this kelurahan's week, so a reader sees this one was replaced. */
  latestVersion: number;
};

/** GET /api/reports/sent?week=: the city roll-up of the latest version of every sent report. */
export type SentReport = WeeklyReport & {
  sent: { kelurahanCode: string; version: number; sentAt: string }[];
};
