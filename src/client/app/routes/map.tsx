import { useParams } from 'react-router-dom';
import { CityMap, KelurahanMap } from '@client/features/map';

export function CityMapRoute() {
  return <CityMap />;
}

export function KelurahanMapRoute() {
  const { code = '' } = useParams();
  return <KelurahanMap key={code} code={code} />;
}
