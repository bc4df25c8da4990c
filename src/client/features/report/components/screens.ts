// One chunk for the report's screens: moving between them loads nothing more.
export { SentReportScreen } from './SentReportScreen';
export { SnapshotScreen } from './SnapshotScreen';
export { SubmissionsScreen } from './SubmissionsScreen';
export { WeeklyReportScreen } from './WeeklyReportScreen';
