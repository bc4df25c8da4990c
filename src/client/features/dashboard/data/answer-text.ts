import { HttpError, NetworkError } from '@client/sync';

/** Why a dashboard could not be loaded, in words for the lurah. */
export function answerErrorText(error: unknown): string {
  if (error instanceof NetworkError) return 'Server tidak dapat dihubungi. Periksa sinyal, lalu coba lagi.';
  if (error instanceof HttpError) {
    if (error.status === 401) return 'Silakan masuk dulu untuk melihat data ini.';
    if (error.status === 403) return 'Anda tidak berhak melihat data wilayah ini.';
    if (error.status === 404) return 'Wilayah ini tidak ditemukan.';
    if (error.status >= 500) return 'Server sedang bermasalah. Coba lagi sebentar lagi.';
    return error.message;
  }
  return 'Data tidak dapat dimuat.';
}
