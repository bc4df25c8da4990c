import type { NameStyle } from './names';
import { Weighted, type Rng } from './prng';

/**
 * Address pieces in the way Kota Bekasi writes them: the big roads (Jl. …), the alleys
 * (Gg. …) of the kampung, and the housing estates (Perumahan … Blok …). The road and estate
 * names exist in Bekasi; which RT they are put in is invented.
 */
const w = (s: string) => s.split(',').map((x) => x.trim());

export const MAIN_ROADS = w(
  'Jl. Ir. H. Juanda, Jl. Cut Meutia, Jl. KH. Noer Ali, Jl. Chairil Anwar, Jl. Mayor Oking, Jl. Pramuka, Jl. Kartini, Jl. H. Agus Salim, Jl. Siliwangi, Jl. Sultan Agung, Jl. Pekayon Raya, Jl. Jatiwaringin Raya, Jl. Raya Hankam, Jl. Kemakmuran, Jl. Raya Narogong, Jl. Raya Pondok Gede, Jl. Perjuangan, Jl. Kaliabang, Jl. Raya Jatiasih, Jl. Wibawa Mukti, Jl. Pangeran Jayakarta, Jl. Bintara Raya, Jl. Raya Kranji, Jl. Dewi Sartika, Jl. Veteran, Jl. M. Hasibuan, Jl. Rawa Tembaga, Jl. Pulo Ribung, Jl. Raya Cikunir, Jl. Raya Mustikasari, Jl. Kranggan, Jl. Swatantra',
);

export const SIDE_STREETS = w(
  'Jl. Melati, Jl. Mawar, Jl. Anggrek, Jl. Kenanga, Jl. Flamboyan, Jl. Dahlia, Jl. Cempaka, Jl. Nusa Indah, Jl. Seroja, Jl. Teratai, Jl. Bougenville, Jl. Kamboja, Jl. Masjid Al-Ikhlas, Jl. Haji Ipin, Jl. Bambu Kuning, Jl. Poncol',
);

export const ALLEYS = w(
  'Gg. Masjid, Gg. Haji Saih, Gg. Mushola, Gg. Mawar, Gg. Melati, Gg. Kenanga, Gg. Swadaya, Gg. Damai, Gg. Rukun, Gg. Sawo, Gg. Nangka, Gg. Belimbing, Gg. H. Naim, Gg. Kelapa, Gg. Jambu, Gg. Mangga, Gg. Salak, Gg. Delima, Gg. Sepakat, Gg. Bersama, Gg. Keluarga, Gg. Manggis',
);

export const ESTATES = w(
  'Perumahan Taman Galaxy, Perumahan Harapan Indah, Perumahan Pondok Ungu Permai, Perumahan Bumi Bekasi Baru, Perumahan Jatibening Permai, Perumahan Taman Wisma Asri, Perumahan Pondok Hijau Permai, Perumahan Taman Kenari, Perumahan Bekasi Permai, Perumahan Duta Harapan, Perumahan Kemang Pratama, Perumahan Pondok Timur Indah, Perumahan Vila Indah Permai, Perumahan Jatiasih Indah, Perumahan Mustika Grande, Perumahan Taman Narogong Indah, Perumahan Pekayon Permai, Perumahan Bintara Jaya Permai, Perumahan Grand Galaxy City, Perumahan Taman Rawalumbu, Perumahan Pondok Cipta, Perumahan Dukuh Zamrud, Perumahan Griya Pratama, Perumahan Villa Jatirasa',
);

/** Where doses were given; `{kel}` and `{rw}` are filled in. */
export const VACCINATION_PLACES = new Weighted<string>([
  ['Puskesmas {kel}', 30],
  ['Pos vaksinasi RW {rw}', 20],
  ['Kantor Kelurahan {kel}', 8],
  ['Stadion Patriot Candrabhaga', 10],
  ['RSUD dr. Chasbullah Abdulmadjid', 6],
  ['Gerai vaksin Polres Metro Bekasi Kota', 6],
  ['Summarecon Mall Bekasi', 5],
  ['Klinik Pratama {kel}', 5],
  ['Sekolah (vaksinasi anak)', 5],
  ['Tempat kerja', 5],
]);

/**
 * NIK region codes (province, kabupaten/kota, kecamatan) of residents whose KTP was issued
 * outside Kota Bekasi, by the family's origin: Jakarta and Kabupaten Bekasi next door, the
 * towns of West, Central and East Java, North Sumatra for Batak families.
 */
const ORIGINS: Record<NameStyle, readonly string[]> = {
  jawa: w(
    '3172, 3216, 3305, 3306, 3309, 3310, 3312, 3328, 3329, 3374, 3403, 3404, 3506, 3521, 3578',
  ),
  sunda: w('3201, 3205, 3206, 3208, 3209, 3215, 3216, 3271, 3273, 3276'),
  betawi: w('3171, 3172, 3173, 3175, 3216, 3276'),
  umum: w('1306, 1371, 1671, 3172, 3174, 3276, 6371, 7371'),
  batak: w('1202, 1207, 1212, 1271, 1275, 3172'),
  tionghoa: w('3171, 3173, 3174, 3273, 3578, 6171'),
};

export function regionElsewhere(rng: Rng, style: NameStyle): string {
  return `${rng.pick(ORIGINS[style])}${String(rng.int(1, 12)).padStart(2, '0')}`;
}

export const REASON_NOTES: Readonly<Record<string, readonly string[]>> = {
  menolak: w('Tidak percaya vaksin, Merasa sehat dan tidak perlu, Menunggu keputusan keluarga'),
  'takut-kipi': w('Takut efek samping, Pernah alergi obat, Takut jarum suntik'),
  komorbid: [
    'Hipertensi, menunggu surat dokter',
    'Diabetes belum terkontrol',
    'Sedang kemoterapi',
    'Sakit jantung, kontrol rutin ke RS',
  ],
  hamil: w('Hamil trimester pertama, Menunggu setelah melahirkan'),
  'baru-sembuh-covid': w('Sembuh COVID bulan lalu, Menunggu 3 bulan setelah sembuh'),
  'tidak-di-tempat': w('Bekerja di luar kota, Kuliah di Bandung, Kerja shift malam, Sedang mudik'),
  lainnya: w('Belum sempat ke pos vaksin, Tidak punya NIK, Lupa jadwal dosis berikutnya'),
};

export const VISIT_NOTES: Readonly<Record<string, readonly string[]>> = {
  ditemui: w(
    'Data warga dicek dengan KK, Dua warga belum vaksin diarahkan ke pos RW, Warga minta info jadwal booster, Semua warga sudah vaksin lengkap',
  ),
  'tidak-ada-orang': w(
    'Rumah kosong dan pagar dikunci, Kata tetangga sedang bekerja, Kata tetangga sedang mudik',
  ),
  'menolak-didata': w(
    'Kepala keluarga tidak mau memberi data, Minta didata oleh petugas puskesmas saja',
  ),
  pindah: w('Rumah dikontrakkan ke orang lain, Sudah pindah ke luar kota'),
};
