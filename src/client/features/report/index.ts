import { lazy } from 'react';

/**
 * The weekly report for the Sekda: week picker, preview, sending (lurah, staf), CSV/XLSX
 * downloads, the A4 print layout; the admin kota's list of who sent, each sent version, and
 * the roll-up of what was sent. The home screen's reminder to send it.
 */
const screens = () => import('./components/screens');
export const WeeklyReportScreen = lazy(() =>
  screens().then((m) => ({ default: m.WeeklyReportScreen })),
);
export const SubmissionsScreen = lazy(() =>
  screens().then((m) => ({ default: m.SubmissionsScreen })),
);
export const SnapshotScreen = lazy(() => screens().then((m) => ({ default: m.SnapshotScreen })));
export const SentReportScreen = lazy(() =>
  screens().then((m) => ({ default: m.SentReportScreen })),
);
export const ReportDueCard = lazy(() =>
  import('./components/ReportDueCard').then((m) => ({ default: m.ReportDueCard })),
);
