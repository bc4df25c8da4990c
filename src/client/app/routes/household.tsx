import { useParams } from 'react-router-dom';
import { HouseholdPage } from '@client/features/households';

export function HouseholdRoute() {
  const { id = '' } = useParams();
  return <HouseholdPage id={id} />;
}
