/**
 * The app's URLs, in one place. They live in ui/, the layer below features, so that one
 * feature can link to another's screen without importing it (features never import each other).
 */
export const paths = {
  home: '/',
  area: '/wilayah',
  summary: '/ringkasan',
  followups: '/tindak-lanjut',
  assignFollowups: '/tindak-lanjut/atur',
  data: '/data',
  newHousehold: '/rumah/baru',
  household: (id: string) => `/rumah/${id}`,
  editHousehold: (id: string) => `/rumah/${id}/ubah`,
  recordVisit: (id: string) => `/rumah/${id}/kunjungan`,
  newResident: (householdId: string) => `/rumah/${householdId}/warga/baru`,
  resident: (id: string) => `/warga/${id}`,
  householdHistory: (id: string) => `/rumah/${id}/riwayat`,
  enroll: '/daftar',
  volunteers: '/relawan',
  invite: '/relawan/undang',
  dashboard: '/dasbor',
  dashboardKelurahan: (code: string) => `/dasbor/${code}`,
  dashboardRw: (code: string, rw: number) => `/dasbor/${code}/rw/${rw}`,
  map: '/peta',
  mapKelurahan: (code: string) => `/peta/${code}`,
  mapRw: (code: string, rw: number) => `/peta/${code}/rw/${rw}`,
  /** The relawan's map of the households on their phone. */
  mapPhone: '/peta/rumah-saya',
  weeklyReport: '/laporan',
  isoman: '/isoman',
  isomanKelurahan: (code: string) => `/isoman/${code}`,
  changes: '/perubahan',
  changesKelurahan: (code: string) => `/perubahan/${code}`,
  reconciliation: '/rekonsiliasi',
  reconciliationKelurahan: (code: string) => `/rekonsiliasi/${code}`,
  /** The ketua RW's sheet of household QR stickers (their RW, from the phone). */
  householdStickers: '/stiker-rumah',
  weeklyReportOf: (week: string) => `/laporan?minggu=${week}`,
  reportSubmissions: (week?: string) => `/laporan/kiriman${week ? `?minggu=${week}` : ''}`,
  reportSnapshot: (code: string, week: string, version: number) =>
    `/laporan/kiriman/${code}/${week}/${version}`,
  sentReportPrint: (week: string) => `/laporan/rekap?minggu=${week}`,
} as const;
