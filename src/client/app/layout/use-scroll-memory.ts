import { useEffect, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigationType } from 'react-router-dom';

const positions = new Map<string, number>();

/**
 * A new screen opens at the top; going back (the phone's back button) returns to where the
 * volunteer was, e.g. the same place in a long household list. Changes of the search params
 * alone (filters, search box) keep the scroll. The declarative router has no
 * ScrollRestoration, hence this.
 */
export function useScrollMemory() {
  const location = useLocation();
  const navigationType = useNavigationType();
  const key = useRef(location.key);
  key.current = location.key;

  useEffect(() => {
    const remember = () => positions.set(key.current, window.scrollY);
    window.addEventListener('scroll', remember, { passive: true });
    return () => window.removeEventListener('scroll', remember);
  }, []);

  useLayoutEffect(() => {
    window.scrollTo(0, navigationType === 'POP' ? (positions.get(key.current) ?? 0) : 0);
    // Only a new screen moves the scroll; `key` and the type are read as they are then.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [location.pathname]);
}
