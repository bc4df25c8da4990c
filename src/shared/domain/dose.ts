import { z } from 'zod';
import { DEFAULT_CONFIG } from './config';
import { areaShape, idSchema, pastDateSchema, text } from './common';
import { DOSE_KINDS, DOSE_PROOFS, PROOF_MISMATCHES, VACCINE_PRODUCTS } from './vaccination';

/**
 * One vaccine dose given to a resident: an event, recorded once and never edited.
 * A dose recorded by mistake is voided (a tombstone), not changed.
 */
export const doseSchema = z.object({
  residentId: idSchema,
  householdId: idSchema,
  ...areaShape,
  kind: z.enum(DOSE_KINDS, { error: 'Jenis dosis wajib dipilih.' }),
  date: pastDateSchema('Tanggal vaksin').refine((d) => d >= DEFAULT_CONFIG.programmeStart, {
    error: 'Tanggal vaksin sebelum program vaksinasi dimulai (13-01-2021).',
  }),
  product: z.enum(VACCINE_PRODUCTS, { error: 'Jenis vaksin wajib dipilih.' }),
  /** Where it was given: "Puskesmas Bekasi Jaya", "Pos vaksinasi RW 03", … */
  place: text('Tempat vaksin', 100).nullish(),
  /** How the dose was proven; absent on doses recorded before proofs: stated only. */
  proof: z.enum(DOSE_PROOFS).nullish(),
  /** What the scanned certificate QR read (its id or URL text); never a photo. */
  proofText: text('Isi QR sertifikat', 500).nullish(),
  /** What in the QR disagrees with the resident; empty or absent when all matched. */
  proofMismatch: z.array(z.enum(PROOF_MISMATCHES)).nullish(),
});

export type DoseFields = z.infer<typeof doseSchema>;
