import { HttpError, NetworkError } from '@client/sync/transport';

/** A failed call to the server, in words for the lurah. */
export function serverErrorText(error: unknown, action: string): string {
  if (error instanceof NetworkError) return `Perlu sinyal untuk ${action}. Coba lagi nanti.`;
  if (error instanceof HttpError) {
    if (error.status === 403) return `Anda tidak berhak ${action}.`;
    if (error.status >= 500) return 'Server sedang bermasalah. Coba lagi sebentar lagi.';
    return error.message;
  }
  return error instanceof Error ? error.message : String(error);
}
