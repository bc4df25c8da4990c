/**
 * Kemendagri writes many names run together (`Bekasijaya`, `Medansatria`); residents, BPS and
 * the news write them spaced. These are the spaced spellings of BPS Kota Bekasi (see
 * data/SOURCES.md), used wherever a name is shown. Names not listed are shown as Kemendagri
 * writes them.
 */
export const DISPLAY_NAMES: Readonly<Record<string, string>> = {
  // kecamatan
  '32.75.06': 'Medan Satria',
  '32.75.07': 'Bantar Gebang',
  '32.75.08': 'Pondok Gede',
  '32.75.11': 'Mustika Jaya',
  '32.75.12': 'Pondok Melati',
  // kelurahan
  '32.75.01.1001': 'Bekasi Jaya',
  '32.75.01.1003': 'Duren Jaya',
  '32.75.01.1004': 'Aren Jaya',
  '32.75.02.1003': 'Kota Baru',
  '32.75.02.1004': 'Bintara Jaya',
  '32.75.02.1005': 'Jaka Sampurna',
  '32.75.03.1003': 'Harapan Baru',
  '32.75.03.1005': 'Marga Mulya',
  '32.75.03.1006': 'Harapan Jaya',
  '32.75.04.1001': 'Pekayon Jaya',
  '32.75.04.1002': 'Marga Jaya',
  '32.75.04.1003': 'Jaka Mulya',
  '32.75.04.1004': 'Jaka Setia',
  '32.75.04.1005': 'Kayuringin Jaya',
  '32.75.05.1003': 'Sepanjang Jaya',
  '32.75.05.1004': 'Bojong Menteng',
  '32.75.06.1001': 'Medan Satria',
  '32.75.06.1002': 'Harapan Mulya',
  '32.75.06.1004': 'Kali Baru',
  '32.75.07.1003': 'Bantar Gebang',
  '32.75.07.1008': 'Sumur Batu',
  '32.75.11.1003': 'Mustika Jaya',
  '32.75.11.1004': 'Mustika Sari',
};
