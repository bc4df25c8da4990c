import { DataScreen } from '@client/features/backup';

export function DataRoute() {
  return <DataScreen />;
}
