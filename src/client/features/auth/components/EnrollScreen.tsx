import { useState, type FormEvent } from 'react';
import type { User } from '@shared/auth/api';
import { Button } from '@client/ui/button';
import { TextField } from '@client/ui/field';
import { FormErrors } from '@client/ui/form-errors';
import { enroll, EnrollError } from '../data/enroll';
import {
  checkEnrollForm,
  formatCode,
  type EnrollForm,
  type FormErrors as Errors,
} from '../data/enroll-form';
import './auth.css';

/**
 * "Daftar": the invitation code (from the link's `?kode=` or typed), name, phone and a PIN
 * chosen twice. Needs the network once; afterwards the PIN opens the app offline.
 */
export function EnrollScreen({
  initialCode,
  onEnrolled,
}: {
  initialCode: string;
  onEnrolled: (user: User) => void;
}) {
  const [form, setForm] = useState<EnrollForm>({
    code: formatCode(initialCode),
    name: '',
    phone: '',
    pin: '',
    pin2: '',
  });
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const set = (key: keyof EnrollForm) => (event: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: event.target.value }));
  const digits = (key: 'pin' | 'pin2') => (event: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: event.target.value.replace(/\D/g, '').slice(0, 6) }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = checkEnrollForm(form);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    setBusy(true);
    try {
      onEnrolled(await enroll(checked.value));
    } catch (error) {
      setErrors(error instanceof EnrollError ? error.errors : { _: String(error) });
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <h1>Daftar di Pintu</h1>
      <p className="muted">
        Masukkan kode undangan dari lurah atau ketua RW Anda. Pendaftaran perlu sinyal sekali saja;
        setelah itu aplikasi dibuka dengan PIN, juga tanpa sinyal.
      </p>
      <FormErrors messages={errors._ ? [errors._] : []} />
      <TextField
        label="Kode undangan"
        value={form.code}
        onChange={(e) => setForm((f) => ({ ...f, code: e.target.value.toUpperCase() }))}
        error={errors.code}
        placeholder="ABCD-EFGH"
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        className="code-input"
      />
      <TextField
        label="Nama lengkap"
        value={form.name}
        onChange={set('name')}
        error={errors.name}
        autoComplete="name"
      />
      <TextField
        label="Nomor HP"
        type="tel"
        inputMode="tel"
        value={form.phone}
        onChange={set('phone')}
        error={errors.phone}
        placeholder="0812 3456 7890"
        autoComplete="tel"
      />
      <TextField
        label="PIN baru (6 angka)"
        type="password"
        inputMode="numeric"
        className="input"
        value={form.pin}
        onChange={digits('pin')}
        error={errors.pin}
        hint="Untuk membuka aplikasi. Jangan beri tahu siapa pun."
        autoComplete="new-password"
      />
      <TextField
        label="Ulangi PIN"
        type="password"
        inputMode="numeric"
        className="input"
        value={form.pin2}
        onChange={digits('pin2')}
        error={errors.pin2}
        autoComplete="new-password"
      />
      <Button type="submit" variant="primary" block disabled={busy}>
        {busy ? 'Mendaftar…' : 'Daftar'}
      </Button>
    </form>
  );
}
