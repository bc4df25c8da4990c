import { SummaryScreen } from '@client/features/summary';
import { useArea } from '../layout/root-layout';

export function SummaryRoute() {
  return <SummaryScreen area={useArea()} />;
}
