import { MANAGES, ROLE_LABELS, type Role, type UserArea } from '@shared/auth/roles';
import { ButtonLink } from '@client/ui/button';
import { paths } from '@client/ui/paths';
import { describeUserArea } from './describe-area';

/**
 * Home of the roles that hold no field data on their phone (lurah, staf, admin kota). The
 * coverage dashboards come later; for now, the way to their people.
 */
export function StaffHome({ me }: { me: { name: string; role: Role; area: UserArea } }) {
  return (
    <div>
      <h1>Selamat datang, {me.name}</h1>
      <p className="muted">
        {ROLE_LABELS[me.role]} · {describeUserArea(me.area)}
      </p>
      {MANAGES[me.role].length > 0 && (
        <section className="card">
          <h2>Relawan & petugas</h2>
          <p className="small">
            Lihat siapa yang bertugas di wilayah Anda dan kapan terakhir sinkron, undang orang baru,
            cabut akses, atau ubah wilayah mereka.
          </p>
          <ButtonLink to={paths.volunteers} variant="primary" block>
            Buka daftar relawan
          </ButtonLink>
        </section>
      )}
      {me.area.kelurahanCode && (
        <section className="card">
          <h2>Tindak lanjut</h2>
          <p className="small">
            Warga belum vaksin dan rumah yang perlu dikunjungi ulang per RT, dan kekurangan menuju
            target; berikan kepada relawan, muncul di HP mereka setelah sinkron.
          </p>
          <ButtonLink to={paths.assignFollowups} variant="primary" block>
            Atur tindak lanjut
          </ButtonLink>
        </section>
      )}
      <section className="card">
        <h2>Dasbor cakupan</h2>
        <p className="small muted">
          Data warga tidak disimpan di HP Anda; cakupan per RW dan RT dibaca dari server.
        </p>
      </section>
    </div>
  );
}
