import { pinProblem } from './pin';

/**
 * The enrollment form's checks, by hand (no zod: this screen is the first one a new phone
 * loads). The server checks again.
 */
export type EnrollForm = { code: string; name: string; phone: string; pin: string; pin2: string };
export type EnrollFields = { code: string; name: string; phone: string; pin: string };
export type FormErrors = Partial<Record<keyof EnrollForm | '_', string>>;

/** `abcd efgh`, `ABCD-EFGH` and `abcdefgh` are the same code: 8 letters or digits. */
export function normalizeCode(text: string): string {
  return text.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** As the invitation shows it: `ABCD-EFGH`. */
export function formatCode(code: string): string {
  const c = normalizeCode(code);
  return c.length > 4 ? `${c.slice(0, 4)}-${c.slice(4, 8)}` : c;
}

/**
 * An Indonesian mobile number, written 08…, 628… or +628…, with or without spaces, dots or
 * dashes; returned as 08… (10 to 13 digits), or null.
 */
export function normalizePhone(text: string): string | null {
  const digits = text.replace(/[\s.\-()]/g, '');
  const local = digits.replace(/^\+?62(?=8)/, '0');
  return /^08\d{8,11}$/.test(local) ? local : null;
}

export function checkEnrollForm(
  form: EnrollForm,
): { ok: true; value: EnrollFields } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {};
  const code = normalizeCode(form.code);
  if (code.length !== 8) errors.code = 'Kode undangan terdiri dari 8 huruf atau angka, contoh ABCD-EFGH.';
  const name = form.name.trim().replace(/\s+/g, ' ');
  if (name.length < 2) errors.name = 'Tulis nama lengkap Anda.';
  else if (name.length > 80) errors.name = 'Nama paling panjang 80 huruf.';
  const phone = normalizePhone(form.phone);
  if (!phone) errors.phone = 'Nomor HP tidak dikenali. Contoh: 0812 3456 7890.';
  const pinError = pinProblem(form.pin);
  if (pinError) errors.pin = pinError;
  else if (form.pin2 !== form.pin) errors.pin2 = 'PIN kedua tidak sama dengan yang pertama.';
  if (Object.keys(errors).length > 0 || !phone) return { ok: false, errors };
  return { ok: true, value: { code, name, phone, pin: form.pin } };
}
