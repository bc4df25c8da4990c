import type { Sex } from '../domain/resident-fields';
import { Weighted, type Rng } from './prng';

/**
 * Invented names in the styles heard door to door in Kota Bekasi: Javanese, Sundanese and
 * Betawi families, with Batak and Chinese-Indonesian families and a modern Islamic style for
 * the young. Older people often carry a single name; the young two or three.
 */
export type NameStyle = 'jawa' | 'sunda' | 'betawi' | 'batak' | 'tionghoa' | 'umum';

export const STYLE_SHARE = new Weighted<NameStyle>([
  ['jawa', 33],
  ['sunda', 26],
  ['betawi', 20],
  ['umum', 12],
  ['batak', 6],
  ['tionghoa', 3],
]);

type Pools = { old: string[]; middle: string[]; young: string[]; last: string[] };
const w = (s: string) => s.split(' ');

const MALE: Record<NameStyle, Pools> = {
  jawa: {
    old: w(
      'Slamet Sugeng Paimin Sukirno Sutrisno Suparman Mulyono Sumarno Wagiman Suwarno Darmo Parjo Kasiman Sarno Tukiman Ponijan',
    ),
    middle: w(
      'Agus Budi Bambang Joko Eko Dwi Heru Wahyu Teguh Hadi Bayu Hery Yudi Edi Toni Sigit Anton Sapto',
    ),
    young: w('Dimas Bagas Galih Raka Aditya Bima Arya Satria Yoga Wisnu Fajar Rizky'),
    last: w(
      'Santoso Prasetyo Nugroho Wibowo Setiawan Susanto Purnomo Widodo Hartono Saputro Kurniawan Haryanto Utomo Cahyono Wicaksono',
    ),
  },
  sunda: {
    old: w('Oman Ujang Odih Emen Dadang Enjang Entis Ohim Karta Udin Engkos Atang'),
    middle: w('Asep Dedi Yayan Cecep Dadan Ade Iwan Deden Jajang Aep Encep Nandang Wawan Dede'),
    young: w('Rizky Fajar Ilham Irfan Gilang Rangga Aldi Fikri Raihan Dafa'),
    last: w(
      'Saepudin Sopandi Permana Hidayat Suryana Kusnadi Hermawan Sudrajat Ruhiyat Gunawan Nugraha Mulyana Rohendi Sukmana',
    ),
  },
  betawi: {
    old: w(
      'Mursid Sarmili Jaelani Rohim Mamat Sanusi Marzuki Juhri Sobari Rojali Mansur Usman Sapii Naim Sairin',
    ),
    middle: w(
      'Ahmad Muhammad Abdul Rahmat Ridwan Rizal Fauzi Hasan Yusuf Arif Nasir Zulkifli Syamsul Faisal Hendra',
    ),
    young: w('Muhammad Ahmad Farhan Hafiz Naufal Zidan Rafi Alif Fadil Daffa Arkan Rayhan'),
    last: w(
      'Rahman Hakim Maulana Nurdin Hasanudin Syarifudin Fadillah Zulkarnain Anwar Ismail Hidayatullah Fauzan Munir',
    ),
  },
  umum: {
    old: w('Abdullah Ismail Harun Anwar Yusuf Ibrahim Sulaiman'),
    middle: w('Andi Rudi Dodi Deni Irwan Hendra Fauzi Arif Reza Dian Rahmat Syahrul'),
    young: w('Muhammad Rizky Reza Fikri Ilham Rafi Abizar Athar Kenzo Alvaro Arsya Kaisar'),
    last: w(
      'Pratama Saputra Ramadhan Maulana Putra Firmansyah Hidayat Akbar Syahputra Kurniawan Nugraha',
    ),
  },
  batak: {
    old: w('Marulam Hotman Togar Parlindungan Bonar Sahat Mangatas'),
    middle: w('Benny Roy Ferdinand Daniel Samuel Hotman Robert Jhon Martin Andreas'),
    young: w('Jonathan Samuel Daniel Kevin Joshua Gabriel Immanuel Christian'),
    last: w(
      'Siregar Nasution Harahap Simanjuntak Situmorang Hutapea Sitompul Panjaitan Lubis Pardede Sinaga Manurung',
    ),
  },
  tionghoa: {
    old: w('Tjandra Hartono Budiman Gunadi Sutanto'),
    middle: w('Stefanus Hendra Budi Andreas Willy Johan Yohanes Rudy'),
    young: w('Kevin Jason Felix Michael Steven Vincent Nathan Ethan'),
    last: w('Wijaya Halim Gunawan Tanoto Santoso Hartanto Salim Tjandra Susanto Setiadi'),
  },
};

const FEMALE: Record<NameStyle, Pools> = {
  jawa: {
    old: w(
      'Sumarni Suharti Painem Sukinah Tukiyem Ngatini Suwarni Parmi Wartini Sumiyati Kasmini Sutinah',
    ),
    middle: w(
      'Sri Dewi Endang Tri Rini Yuni Retno Ratna Wati Tuti Diah Wulan Lestari Yanti Eka Ani',
    ),
    young: w('Ayu Putri Dinda Intan Kirana Salsabila Nabila Aulia Anisa Cantika Larasati'),
    last: w(
      'Lestari Rahayu Wulandari Handayani Puspitasari Kusumawati Susanti Rahmawati Astuti Wahyuni Ningsih Pertiwi',
    ),
  },
  sunda: {
    old: w('Euis Enok Iyah Onah Imas Eti Neneng Cicih Entin Iis Yoyoh Ooh'),
    middle: w('Lilis Iis Yayah Ela Titin Neng Nining Yeni Nia Rina Susi Elis Rika'),
    young: w('Syifa Nayla Khanza Naura Alya Keisha Zahra Rahma Salma Fitri'),
    last: w(
      'Nurjanah Rohimah Komalasari Sumiati Kurniasih Rosita Nurlela Marlina Yulianti Setiasih Mulyani',
    ),
  },
  betawi: {
    old: w(
      'Saodah Maimunah Zubaedah Masitoh Rohaya Fatimah Aminah Halimah Romlah Mariam Jaitun Saamah',
    ),
    middle: w('Siti Nur Nurhayati Rohayati Fitri Indah Mega Novi Lina Ika Evi Umi'),
    young: w('Aisyah Zahra Azzahra Khadijah Humaira Syifa Nabila Naila Kayla Adzkia'),
    last: w(
      'Hasanah Nurhasanah Fauziah Rahmah Mardiyah Sholihah Nafisah Zakiyah Ulfah Aminah Maryam',
    ),
  },
  umum: {
    old: w('Aminah Fatimah Khadijah Salamah Rukiah'),
    middle: w('Siti Dewi Rina Yanti Novi Wulan Diana Erna Ratih Yulia'),
    young: w('Alesha Shakila Raisa Zaskia Anindya Kamila Aqila Nadhira Queensha'),
    last: w(
      'Putri Ramadhani Azzahra Maharani Anggraini Safitri Aprilia Oktaviani Amelia Permatasari',
    ),
  },
  batak: {
    old: w('Rosmawati Tiurma Hotnida Rosdiana Tiominar Nurmala'),
    middle: w('Maria Lidia Ruth Debora Erni Yohana Romauli Sarah'),
    young: w('Grace Gracia Angelina Christine Febiola Clara Natalia'),
    last: w(
      'Siregar Nasution Harahap Simanjuntak Situmorang Hutapea Sitompul Panjaitan Lubis Pardede Sinaga Manurung',
    ),
  },
  tionghoa: {
    old: w('Lanny Meiliana Lily Susana Hartini'),
    middle: w('Lidya Melinda Yuliana Natalia Vivian Linda Fransiska Monika'),
    young: w('Jessica Stefanie Cindy Angela Michelle Clarissa Valencia Olivia'),
    last: w('Wijaya Halim Gunawan Tanoto Santoso Hartanto Salim Tjandra Susanto Setiadi'),
  },
};

/** Batak and Chinese-Indonesian families pass the family name on; others choose names freely. */
export function familyNameOf(style: NameStyle, rng: Rng): string | null {
  if (style === 'batak') return rng.pick(MALE.batak.last);
  if (style === 'tionghoa') return rng.pick(MALE.tionghoa.last);
  return null;
}

export function personName(
  rng: Rng,
  style: NameStyle,
  sex: Sex,
  birthYear: number,
  familyName: string | null,
): string {
  const pools = (sex === 'L' ? MALE : FEMALE)[style];
  const generation = birthYear < 1965 ? 'old' : birthYear < 1992 ? 'middle' : 'young';
  const first = rng.pick(pools[generation]);
  if (familyName) {
    return rng.chance(0.3)
      ? `${first} ${rng.pick(pools.young)} ${familyName}`
      : `${first} ${familyName}`;
  }
  const words = [first];
  const extra = generation === 'old' ? 0.4 : generation === 'middle' ? 0.65 : 0.9;
  if (rng.chance(extra)) {
    if (generation === 'young' && rng.chance(0.35)) words.push(rng.pick(pools.young));
    words.push(rng.pick(pools.last));
  }
  // Two identical words read as a typo ("Rizky Rizky"): drop the repeat.
  return words.filter((word, i) => words.indexOf(word) === i).join(' ');
}
