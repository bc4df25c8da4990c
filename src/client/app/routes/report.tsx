import { WeeklyReportScreen } from '@client/features/report';

export function WeeklyReportRoute() {
  return <WeeklyReportScreen />;
}
