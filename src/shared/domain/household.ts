import { z } from 'zod';
import { areaShape, gpsSchema, requiredText, text } from './common';

export { householdAddress } from './household-address';

/** A household (rumah tangga, one kartu keluarga) at an address in an RT. */
export const householdSchema = z.object({
  ...areaShape,
  street: requiredText('Nama jalan', 1, 120),
  /** Nomor rumah or blok, e.g. "12A" or "Blok C3 No. 7". */
  houseNumber: text('Nomor/blok', 30).nullish(),
  kkNumber: z
    .string()
    .regex(/^\d{16}$/, { error: 'Nomor KK harus 16 angka.' })
    .nullish(),
  headName: requiredText('Nama kepala keluarga', 2, 100),
  location: gpsSchema.nullish(),
  note: text('Catatan', 500).nullish(),
});

export type HouseholdFields = z.infer<typeof householdSchema>;
