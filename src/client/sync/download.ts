import { db } from '../db/db';
import { readSignedIn } from './auth';
import { HttpError, NetworkError } from './transport';

/**
 * Downloads a file from the API with the device's token (a plain link would be refused: every
 * /api route needs it), and hands it to the browser as a file named by the server
 * (content-disposition), or `fallbackName`.
 */
export async function apiDownload(url: string, fallbackName: string): Promise<void> {
  const auth = await readSignedIn(db);
  let response: Response;
  try {
    response = await fetch(url, {
      headers: auth ? { authorization: `Bearer ${auth.token}` } : {},
    });
  } catch (error) {
    throw new NetworkError(error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { message?: string };
    throw new HttpError(response.status, body.message ?? `HTTP ${response.status}`);
  }
  const blob = await response.blob();
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName(response.headers.get('content-disposition')) ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

function fileName(disposition: string | null): string | undefined {
  return disposition?.match(/filename="?([^";]+)"?/)?.[1];
}
