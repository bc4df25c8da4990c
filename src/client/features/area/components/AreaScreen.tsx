import { useState, type FormEvent } from 'react';
import type { UserArea } from '@shared/auth/roles';
import { findKelurahan, formatRwRt, MAX_RT } from '@shared/wilayah/wilayah';
import { Button } from '@client/ui/button';
import { TextField } from '@client/ui/field';
import { Loading, PageHeader } from '@client/ui/page-header';
import { chooseRt, rtChoices } from '../data/fit-working-area';
import { useRtsOnPhone } from '../hooks/use-rts-on-phone';
import { useWorkingArea } from '../hooks/use-working-area';

/**
 * Choosing the RT to work in, inside the signed-in user's area: a relawan picks among their
 * own RTs; a ketua RW among the RTs of the RW (those on the phone, or any number).
 */
export function AreaScreen({ userArea, onDone }: { userArea: UserArea; onDone: () => void }) {
  const current = useWorkingArea();
  const own = rtChoices(userArea);
  const onPhone = useRtsOnPhone(userArea.kelurahanCode ?? '', userArea.rw ?? 0);
  if (current === undefined || onPhone === undefined) return <Loading />;
  if (userArea.kelurahanCode === null || userArea.rw === null) return null;
  const choices =
    own ?? [...new Set([...onPhone, ...(current ? [current.rt] : [])])].sort((a, b) => a - b);
  const pick = async (rt: number) => {
    await chooseRt(userArea, rt);
    onDone();
  };

  return (
    <div>
      <PageHeader title="Pilih RT" />
      <p className="muted">
        RW {formatRwRt(userArea.rw)}, Kelurahan{' '}
        {findKelurahan(userArea.kelurahanCode)?.name ?? userArea.kelurahanCode}
      </p>
      {choices.length > 0 && (
        <ul className="pick-list">
          {choices.map((rt) => (
            <li key={rt}>
              <button type="button" onClick={() => void pick(rt)} aria-current={current?.rt === rt}>
                RT {formatRwRt(rt)}
                <span aria-hidden="true">{current?.rt === rt ? '✓' : '›'}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {own === null && <OtherRt onPick={pick} />}
    </div>
  );
}

/** A ketua RW may work in an RT the phone has no house of yet. */
function OtherRt({ onPick }: { onPick: (rt: number) => Promise<void> }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const rt = Number(text);
    if (!Number.isInteger(rt) || rt < 1 || rt > MAX_RT) {
      return setError(`Nomor RT antara 1 dan ${MAX_RT}.`);
    }
    void onPick(rt);
  };
  return (
    <form onSubmit={submit} noValidate className="card" style={{ marginTop: '1rem' }}>
      <TextField
        label="RT lain"
        inputMode="numeric"
        pattern="[0-9]*"
        value={text}
        onChange={(e) => setText(e.target.value.replace(/\D/g, ''))}
        error={error}
        placeholder="contoh: 5"
      />
      <Button type="submit" block>
        Buka RT ini
      </Button>
    </form>
  );
}
