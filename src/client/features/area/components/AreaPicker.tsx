import { useMemo, useState, type FormEvent } from 'react';
import {
  findKelurahan,
  formatRwRt,
  KECAMATAN,
  normalizeName,
  type Area,
  type Kelurahan,
} from '@shared/wilayah/wilayah';
import { Button } from '@client/ui/button';
import { TextField } from '@client/ui/field';
import { FormErrors } from '@client/ui/form-errors';
import { errorsFromSave } from '@client/ui/use-form-state';

/**
 * Choosing the working area: kelurahan (searchable, grouped by kecamatan), then RW and RT.
 * Sign-in replaces this screen in a later issue.
 */
export function AreaPicker({
  current,
  onSave,
}: {
  current: Area | null;
  onSave: (area: Area) => Promise<void>;
}) {
  const [kelurahan, setKelurahan] = useState<Kelurahan | null>(
    current ? (findKelurahan(current.kelurahanCode) ?? null) : null,
  );
  if (!kelurahan) return <KelurahanList onPick={setKelurahan} />;
  return (
    <RwRtForm
      kelurahan={kelurahan}
      initial={current?.kelurahanCode === kelurahan.code ? current : null}
      onBack={() => setKelurahan(null)}
      onSave={onSave}
    />
  );
}

function KelurahanList({ onPick }: { onPick: (k: Kelurahan) => void }) {
  const [query, setQuery] = useState('');
  const groups = useMemo(() => {
    const q = normalizeName(query);
    return KECAMATAN.map((kec) => ({
      kec,
      items: kec.kelurahan.filter(
        (k) =>
          !q ||
          normalizeName(k.name).includes(q) ||
          normalizeName(k.officialName).includes(q) ||
          normalizeName(kec.name).includes(q),
      ),
    })).filter((g) => g.items.length > 0);
  }, [query]);

  return (
    <div>
      <h1>Pilih wilayah kerja</h1>
      <p className="muted">Langkah 1 dari 2: kelurahan tempat Anda bertugas.</p>
      <TextField
        label="Cari kelurahan atau kecamatan"
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder="contoh: Bekasi Jaya"
        autoComplete="off"
      />
      {groups.length === 0 && <p className="empty">Tidak ada kelurahan dengan nama itu.</p>}
      {groups.map(({ kec, items }) => (
        <section key={kec.code} className="area-group">
          <h2 className="area-group-title">Kecamatan {kec.name}</h2>
          <ul className="pick-list">
            {items.map((k) => (
              <li key={k.code}>
                <button type="button" onClick={() => onPick(k)}>
                  {k.name}
                  <span aria-hidden="true">›</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function RwRtForm({
  kelurahan,
  initial,
  onBack,
  onSave,
}: {
  kelurahan: Kelurahan;
  initial: Area | null;
  onBack: () => void;
  onSave: (area: Area) => Promise<void>;
}) {
  const [rw, setRw] = useState(initial ? String(initial.rw) : '');
  const [rt, setRt] = useState(initial ? String(initial.rt) : '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const area = { kelurahanCode: kelurahan.code, rw: toNumber(rw), rt: toNumber(rt) };
    // The shared schema is loaded on save: a new phone's first screen stays small.
    const { checkWorkingArea } = await import('../data/area-schema');
    const checked = checkWorkingArea(area);
    if (!checked.ok) return setErrors(checked.errors);
    setSaving(true);
    try {
      await onSave(checked.value);
    } catch (error) {
      setErrors(errorsFromSave(error));
      setSaving(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <h1>Pilih wilayah kerja</h1>
      <p className="muted">Langkah 2 dari 2: RW dan RT.</p>
      <div className="card row">
        <div className="grow">
          <strong>Kelurahan {kelurahan.name}</strong>
          <div className="muted small">Kecamatan {kelurahan.kecamatanName}</div>
        </div>
        <Button small onClick={onBack}>
          Ganti
        </Button>
      </div>
      <FormErrors messages={errors._ ? [errors._] : []} />
      <div className="row" style={{ alignItems: 'flex-start' }}>
        <div className="grow">
          <TextField
            label="Nomor RW"
            inputMode="numeric"
            pattern="[0-9]*"
            value={rw}
            onChange={(e) => setRw(e.target.value.replace(/\D/g, ''))}
            error={errors.rw}
            placeholder="contoh: 3"
            hint={rw ? `RW ${formatRwRt(Number(rw))}` : undefined}
          />
        </div>
        <div className="grow">
          <TextField
            label="Nomor RT"
            inputMode="numeric"
            pattern="[0-9]*"
            value={rt}
            onChange={(e) => setRt(e.target.value.replace(/\D/g, ''))}
            error={errors.rt}
            placeholder="contoh: 5"
            hint={rt ? `RT ${formatRwRt(Number(rt))}` : undefined}
          />
        </div>
      </div>
      <Button type="submit" variant="primary" block disabled={saving}>
        {saving ? 'Menyimpan…' : 'Mulai bekerja di wilayah ini'}
      </Button>
    </form>
  );
}

/** An empty box is "not filled" (the schema says so in Indonesian), not zero. */
function toNumber(text: string): number | undefined {
  return text === '' ? undefined : Number(text);
}
