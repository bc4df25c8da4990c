import type { IsoDate } from '../dates';
import type { DoseKind, DoseProof, PROOF_MISMATCHES, VaccineProduct } from '../domain/vaccination';

export type ProofMismatch = (typeof PROOF_MISMATCHES)[number];

/**
 * GET /api/reconciliation/kelurahan/:code[?rw=&rt=&kind=&limit=]: the residents whose doses the puskesmas
 * must reconcile with the certificates (docs/api.md): doses stated only (no proof, or
 * `ucapan`) and doses whose certificate QR disagrees with the resident. Sorted by RW, RT,
 * address, name. NIK masked in the JSON answer, which holds at most `limit` residents (a
 * kelurahan before the scanner may have tens of thousands stated only); the export
 * (`format=csv|xlsx`) holds every one, the NIK whole for the lurah and staf.
 */
export type ReconciliationList = {
  /** ISO time the list was read. */
  asOf: string;
  kelurahanCode: string;
  name: string;
  /** null: the whole kelurahan (or the RW's every RT). */
  rw: number | null;
  rt: number | null;
  residents: ReconciliationResident[];
  /** Residents of the kind asked left out of this answer by its limit (0: all are in it). */
  more: number;
  /** Every RT with residents of the kind asked, and how many (also those beyond the limit). */
  rts: { rw: number; rt: number; residents: number }[];
  /** Residents with a stated-only dose; with a mismatched proof (one resident may be both). */
  totals: { statedOnly: number; mismatched: number };
};

/** Which residents a list holds: both kinds, the stated-only ones, or the mismatched ones. */
export const RECONCILIATION_KINDS = ['semua', 'ucapan', 'tidak-cocok'] as const;
export type ReconciliationKind = (typeof RECONCILIATION_KINDS)[number];

export type ReconciliationResident = {
  residentId: string;
  name: string;
  /** Masked (3275••••••••1234) in the JSON answer; whole in the lurah's and staf's export. */
  nik: string | null;
  birthDate: IsoDate | null;
  householdId: string;
  headName: string;
  address: string;
  rw: number;
  rt: number;
  /** The resident has a dose stated only. */
  statedOnly: boolean;
  /** The resident has a dose whose certificate QR disagrees with them. */
  mismatched: boolean;
  /** Their doses needing reconciliation, by date. */
  doses: ReconciliationDose[];
};

export type ReconciliationDose = {
  id: string;
  kind: DoseKind;
  date: IsoDate;
  product: VaccineProduct;
  place: string | null;
  /** null: recorded before proofs (stated only). */
  proof: DoseProof | null;
  proofText: string | null;
  /** What the QR disagrees on (empty when stated only). */
  mismatch: ProofMismatch[];
};

/** The labels of what a certificate QR may disagree on. */
export const MISMATCH_LABELS: Record<ProofMismatch, string> = {
  nama: 'nama',
  nik: 'NIK',
  tanggal: 'tanggal vaksin',
};
