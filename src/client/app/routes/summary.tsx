import { SummaryScreen } from '@client/features/summary';
import { ButtonLink } from '@client/ui/button';
import { paths } from '@client/ui/paths';
import { useArea } from '../layout/root-layout';
import { useSignedIn } from '../layout/signed-in';

export function SummaryRoute() {
  const { user } = useSignedIn();
  return (
    <>
      <SummaryScreen area={useArea()} />
      {user.role === 'ketua-rw' && (
        <p>
          <ButtonLink to={paths.householdStickers}>Cetak stiker QR rumah</ButtonLink>
        </p>
      )}
    </>
  );
}
