import { PushStalledError } from '@shared/sync/push-loop';
import { HttpError, NetworkError } from './transport';

/** A sync failure in words a volunteer understands. */
export function describeSyncError(error: unknown): string {
  if (error instanceof NetworkError) return 'Tidak tersambung ke server. Dicoba lagi otomatis.';
  if (error instanceof HttpError) {
    if (error.status >= 500) return 'Server sedang bermasalah. Dicoba lagi otomatis.';
    if (error.status === 401) {
      return 'Server tidak mengenali perangkat ini. Keluar lalu daftar ulang dengan kode undangan baru.';
    }
    return `Server menolak permintaan: ${error.message}`;
  }
  if (error instanceof PushStalledError) return error.message;
  if (error instanceof Error) return `Sinkronisasi gagal: ${error.message}`;
  return 'Sinkronisasi gagal.';
}
