import { z } from 'zod';
import { areaShape, dateSchema, idSchema, requiredText, text } from './common';
import { FOLLOWUP_KINDS } from './followup-status';

/**
 * A follow-up ("tindak lanjut"): the lurah, staf kelurahan or ketua RW sends a volunteer back
 * to a resident not yet vaccinated (`belum-vaksin`) or to a household that needs another
 * visit (`kunjungan-ulang`). Made on the server or a staff device, synced to the volunteer's
 * phone like any record of the household's area. Whether it is done is not stored: it
 * follows from the doses and visits recorded after it (followup-status.ts). Cancelling it
 * leaves a tombstone.
 */
export const followupSchema = z
  .object({
    householdId: idSchema,
    /** The resident to vaccinate; none for a household revisit. */
    residentId: idSchema.nullish(),
    ...areaShape,
    kind: z.enum(FOLLOWUP_KINDS, { error: 'Jenis tindak lanjut wajib dipilih.' }),
    /** The volunteer's user id, and their name as shown on the list. */
    assignedTo: idSchema,
    assignedToName: requiredText('Nama relawan', 1, 100),
    assignedByName: text('Nama pemberi tugas', 100).nullish(),
    note: text('Catatan', 500).nullish(),
    dueDate: dateSchema('Tanggal target').nullish(),
    /** When it was given, ISO 8601 with time zone: doses and visits from then on close it. */
    createdAt: z.iso.datetime({ offset: true, error: 'Waktu pembuatan tidak valid.' }),
  })
  .refine((f) => f.kind !== 'belum-vaksin' || !!f.residentId, {
    error: 'Warga wajib dipilih untuk tindak lanjut belum vaksin.',
    path: ['residentId'],
  })
  .refine((f) => f.kind !== 'kunjungan-ulang' || !f.residentId, {
    error: 'Kunjungan ulang berlaku untuk rumah tangga, bukan warga.',
    path: ['residentId'],
  });

export type FollowupFields = z.infer<typeof followupSchema>;
