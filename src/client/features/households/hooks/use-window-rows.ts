import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';

/** A row's height until it is measured (a house with one line of badges). */
const ESTIMATED_HEIGHT = 92;
/** Rows drawn above and below the screen, so a quick flick shows no blank. */
const OVERSCAN = 6;

/**
 * A window virtualizer for the home list: only the rows on screen (and a few around) are in
 * the DOM, each measured once drawn (a house with residents found grows). Written here, in
 * 1 KB, because @tanstack/react-virtual cost the first route 10 KB gzip (docs/benchmarks.md).
 */
export function useWindowRows(keys: readonly string[]) {
  const listRef = useRef<HTMLDivElement>(null);
  const heights = useRef(new Map<string, number>());
  const [measured, setMeasured] = useState(0);

  const starts = useMemo(() => {
    const out = new Float64Array(keys.length + 1);
    for (let i = 0; i < keys.length; i++) {
      out[i + 1] = out[i]! + (heights.current.get(keys[i]!) ?? ESTIMATED_HEIGHT);
    }
    return out;
    // `measured` changes when a height does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [keys, measured]);

  const [range, setRange] = useState({ first: 0, last: -1 });
  const updateRange = useCallback(() => {
    const list = listRef.current;
    if (!list) return;
    const top = -list.getBoundingClientRect().top;
    const first = Math.max(0, indexAt(starts, top) - OVERSCAN);
    const last = Math.min(keys.length - 1, indexAt(starts, top + window.innerHeight) + OVERSCAN);
    setRange((old) => (old.first === first && old.last === last ? old : { first, last }));
  }, [starts, keys.length]);

  useLayoutEffect(updateRange, [updateRange]);
  useEffect(() => {
    window.addEventListener('scroll', updateRange, { passive: true });
    window.addEventListener('resize', updateRange);
    return () => {
      window.removeEventListener('scroll', updateRange);
      window.removeEventListener('resize', updateRange);
    };
  }, [updateRange]);

  const observer = useMemo(
    () =>
      typeof ResizeObserver === 'undefined'
        ? undefined
        : new ResizeObserver((entries) => {
            let changed = false;
            for (const entry of entries) {
              const element = entry.target as HTMLElement;
              const key = element.dataset['key'];
              const height = element.offsetHeight;
              if (key !== undefined && height > 0 && heights.current.get(key) !== height) {
                heights.current.set(key, height);
                changed = true;
              }
            }
            if (changed) setMeasured((n) => n + 1);
          }),
    [],
  );
  useEffect(() => () => observer?.disconnect(), [observer]);
  const measure = useCallback(
    (element: HTMLElement | null) => {
      if (!element || !observer) return;
      observer.observe(element);
      return () => observer.unobserve(element);
    },
    [observer],
  );

  const items = [];
  for (let index = range.first; index <= Math.min(range.last, keys.length - 1); index++) {
    items.push({ index, key: keys[index]!, start: starts[index]! });
  }
  return { listRef, totalHeight: starts[keys.length]!, items, measure };
}

/** The index of the row at `y` pixels below the list's top (binary search over the starts). */
function indexAt(starts: Float64Array, y: number): number {
  let low = 0;
  let high = starts.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= y) low = middle;
    else high = middle - 1;
  }
  return Math.max(0, low);
}
