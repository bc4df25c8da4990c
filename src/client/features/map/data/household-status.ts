import type { HouseholdMapStatus } from '@shared/coverage/api';

/** How each household status shows on the map, and in the legend, in this order. */
export const HOUSEHOLD_STATUS: Record<HouseholdMapStatus, { label: string; color: string }> = {
  lengkap: { label: 'Semua sasaran lengkap', color: '#067647' },
  sebagian: { label: 'Sebagian sudah divaksin', color: '#f79009' },
  'belum-vaksin': { label: 'Ada sasaran belum divaksin', color: '#d7301f' },
  'belum-dikunjungi': { label: 'Belum dikunjungi', color: '#667085' },
};
