import { describeArea, ROLE_LABELS } from '@shared/auth/roles';
import { findKelurahan } from '@shared/wilayah/wilayah';
import type { SignedIn } from '@client/sync';
import { formatDateTimeId } from '@client/ui/format';

/** Who this phone is signed in as, and where they work. */
export function AccountCard({ auth }: { auth: SignedIn }) {
  const { user } = auth;
  const kelurahan = user.area.kelurahanCode
    ? (findKelurahan(user.area.kelurahanCode)?.name ?? user.area.kelurahanCode)
    : null;
  return (
    <section className="card">
      <h2>Akun</h2>
      <dl className="facts">
        <dt>Nama</dt>
        <dd>{user.name}</dd>
        <dt>Peran</dt>
        <dd>{ROLE_LABELS[user.role]}</dd>
        <dt>Wilayah</dt>
        <dd data-testid="user-area">
          {describeArea(user.area)}
          {kelurahan ? `, Kel. ${kelurahan}` : ''}
        </dd>
        <dt>Nomor HP</dt>
        <dd>{user.phone}</dd>
        <dt>Terdaftar di HP ini</dt>
        <dd>{formatDateTimeId(new Date(auth.enrolledAt).toISOString())}</dd>
      </dl>
    </section>
  );
}
