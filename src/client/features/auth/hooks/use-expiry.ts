import { useCallback, useEffect, useState } from 'react';
import { checkExpiry, type Expiry } from '../data/expiry';

/**
 * The records' expiry (data/expiry.ts), checked whenever the records open (`active`), and
 * again on `recheck` (after a sync). Undefined while the first check runs.
 */
export function useExpiry(active: boolean): { expiry: Expiry | undefined; recheck: () => void } {
  const [expiry, setExpiry] = useState<Expiry | undefined>(undefined);
  const recheck = useCallback(() => {
    void checkExpiry().then(setExpiry);
  }, []);
  useEffect(() => {
    if (active) recheck();
    else setExpiry(undefined);
  }, [active, recheck]);
  return { expiry, recheck };
}
