/**
 * The last answer of a server-only query, kept in localStorage for viewing offline, with the
 * time it was fetched (the screen says how old it is). The keys start with `pintu:`, so
 * signing out or a revocation deletes them with the rest.
 */
export type OfflineCopy<T> = { at: number; data: T };

const PREFIX = 'pintu:query:';

export function readOfflineCopy<T>(key: readonly unknown[]): OfflineCopy<T> | undefined {
  try {
    const text = localStorage.getItem(PREFIX + JSON.stringify(key));
    return text ? (JSON.parse(text) as OfflineCopy<T>) : undefined;
  } catch {
    return undefined;
  }
}

export function writeOfflineCopy<T>(key: readonly unknown[], data: T, at = Date.now()): void {
  try {
    localStorage.setItem(PREFIX + JSON.stringify(key), JSON.stringify({ at, data }));
  } catch {
    // Storage full or blocked: the screen still works online.
  }
}

/** A fetcher that keeps its answer as the offline copy. */
export function keepingOfflineCopy<T>(key: readonly unknown[], fetch: () => Promise<T>) {
  return async (): Promise<T> => {
    const data = await fetch();
    writeOfflineCopy(key, data);
    return data;
  };
}
