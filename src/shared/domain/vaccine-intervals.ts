import type { VaccineProduct } from './vaccination';

/**
 * Minimum intervals between doses of Indonesia's COVID-19 programme, in one place.
 *
 * Source: Kementerian Kesehatan RI, Petunjuk Teknis Pelaksanaan Vaksinasi COVID-19
 * (KMK HK.01.07/MENKES/4638/2021, July 2021) and the Dirjen P2P circulars that followed it,
 * with the intervals of each product's emergency use authorisation (BPOM):
 * - CoronaVac (Sinovac) 28 days; AstraZeneca 8 weeks (Kemenkes shortened it from 12 weeks in
 *   2021); Pfizer 21 days; Moderna 28 days; Sinopharm 21 days; Novavax 21 days; Zifivax 30
 *   days; IndoVac and Inavac 28 days; Sputnik V 21 days.
 * - Janssen and Convidecia (CanSino) are a single-dose primary series (SINGLE_DOSE_PRODUCTS).
 * - Booster 1 at least 3 months after the complete primary series (Kemenkes 2022, shortened
 *   from 6 months); booster 2 at least 6 months after booster 1 (Kemenkes 2023).
 * Check these against the current circular before the programme relies on them for policy;
 * change them here only.
 */
export const PRIMARY_INTERVAL_DAYS: Record<VaccineProduct, number | null> = {
  coronavac: 28,
  astrazeneca: 56,
  pfizer: 21,
  moderna: 28,
  sinopharm: 21,
  janssen: null,
  novavax: 21,
  zifivax: 30,
  indovac: 28,
  inavac: 28,
  'sputnik-v': 21,
  cansino: null,
  // Unknown vaccine: only the order is checked (dosis 2 at least a day after dosis 1).
  lainnya: 1,
};

/** Booster 1: months after the dose that completed the primary series. */
export const BOOSTER1_AFTER_SERIES_MONTHS = 3;
/** Booster 2: months after booster 1. */
export const BOOSTER2_AFTER_BOOSTER1_MONTHS = 6;
