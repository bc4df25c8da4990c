import type { ReactNode } from 'react';

export type BadgeTone = 'gray' | 'red' | 'amber' | 'green' | 'blue' | 'purple';

export function Badge({ tone = 'gray', children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={tone === 'gray' ? 'badge' : `badge badge-${tone}`}>{children}</span>;
}
