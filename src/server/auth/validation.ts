import { ROLES, areaFitsRole, type Role, type UserArea } from '@shared/auth/roles';
import { UUID_PATTERN } from '@shared/ids';
import { isKelurahanCode, MAX_RT, MAX_RW } from '@shared/wilayah/wilayah';
import { z } from 'zod';
import { ApiError } from '../errors';

/** The account endpoints' input, checked before anything is stored (messages in Indonesian). */

export const NAME_MAX = 100;

/**
 * What Indonesian names hold: letters of any script (with their combining marks: Javanese,
 * Arabic, Vietnamese-style accents), spaces, and `.`, `'`, `-`, `,` (titles, "Muh.", "Ma'ruf",
 * double names, "S.Pd."), starting with a letter. No digits, symbols or markup, so a name is
 * never a spreadsheet formula (`=HYPERLINK(…)`) or HTML wherever it is shown or exported.
 */
const NAME_PATTERN = /^\p{L}[\p{L}\p{M} .',-]*$/u;

export const nameSchema = z
  .string({ error: 'Nama wajib diisi.' })
  // Phone keyboards type the typographic apostrophe (Ma’ruf).
  .transform((s) => s.trim().replace(/\s+/g, ' ').replace(/[’‘]/g, "'"))
  .pipe(
    z
      .string()
      .min(2, { error: 'Nama terlalu pendek.' })
      .max(NAME_MAX, { error: `Nama paling panjang ${NAME_MAX} huruf.` })
      .regex(NAME_PATTERN, {
        error:
          "Nama hanya boleh berisi huruf, spasi, titik, koma, tanda petik (') dan tanda hubung (-), diawali huruf.",
      }),
  );

/** 08…, 628… or +628…, with spaces, dots or dashes; kept as 08… (10 to 13 digits). */
export const phoneSchema = z
  .string({ error: 'Nomor HP wajib diisi.' })
  .max(30, { error: 'Nomor HP terlalu panjang.' })
  .transform((s) => s.replace(/[\s.\-()]/g, '').replace(/^\+?62(?=8)/, '0'))
  .pipe(
    z.string().regex(/^08\d{8,11}$/, { error: 'Nomor HP tidak dikenali (contoh 0812 3456 7890).' }),
  );

export const roleSchema = z.enum(ROLES, { error: 'Peran tidak dikenal.' });

export const areaSchema = z.object(
  {
    kelurahanCode: z
      .string()
      .refine(isKelurahanCode, { error: 'Kelurahan tidak dikenal.' })
      .nullable(),
    rw: z.number().int().min(1).max(MAX_RW).nullable(),
    rts: z
      .array(z.number().int().min(1).max(MAX_RT))
      .max(MAX_RT)
      .refine((rts) => new Set(rts).size === rts.length, { error: 'RT tidak boleh berulang.' }),
  },
  { error: 'Wilayah wajib diisi.' },
);

export const enrollSchema = z.object({
  code: z
    .string({ error: 'Kode undangan wajib diisi.' })
    .max(20, { error: 'Kode terlalu panjang.' }),
  name: nameSchema,
  phone: phoneSchema,
  deviceId: z.string().regex(UUID_PATTERN, { error: 'deviceId harus UUID.' }),
});

export const invitationSchema = z.object({
  role: roleSchema,
  area: areaSchema,
  name: nameSchema.optional(),
});

export const idSchema = z.string().regex(UUID_PATTERN, { error: 'Id harus UUID.' });

const AREA_SHAPES: Record<Role, string> = {
  'admin-kota': 'Admin kota berlaku untuk seluruh kota: kosongkan kelurahan, RW dan RT.',
  lurah: 'Lurah berlaku untuk satu kelurahan: pilih kelurahan saja, tanpa RW dan RT.',
  'staf-kelurahan':
    'Staf kelurahan berlaku untuk satu kelurahan: pilih kelurahan saja, tanpa RW dan RT.',
  'ketua-rw': 'Ketua RW berlaku untuk satu RW: pilih kelurahan dan RW, tanpa RT.',
  relawan: 'Relawan berlaku untuk satu atau beberapa RT dalam satu RW: pilih kelurahan, RW dan RT.',
};

/** A role's area must have its shape (areaFitsRole); 400 otherwise. Returns it with sorted RTs. */
export function checkAreaFits(role: Role, area: UserArea): UserArea {
  if (!areaFitsRole(role, area)) throw new ApiError(400, 'bad-area', AREA_SHAPES[role]);
  return { ...area, rts: [...area.rts].sort((a, b) => a - b) };
}

export function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => `${i.path.join('.') || '(isi)'}: ${i.message}`);
  throw new ApiError(400, 'bad-request', `Permintaan tidak sah. ${issues[0]}`, issues);
}
