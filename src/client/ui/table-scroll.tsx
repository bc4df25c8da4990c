import type { ReactNode } from 'react';

/**
 * A wide table's box: it scrolls sideways where the table is wider than the screen, so it is
 * a named region that takes keyboard focus (arrow keys scroll it; WCAG 2.1.1). A table with
 * `className="cards-on-phone"` and a `data-label` on each cell shows as one card per row
 * below 600 px instead (components.css).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
