import { lazy, Suspense, type ComponentProps } from 'react';

export type { ScanHandler } from './QrScanner';

/** The scanner and its decoder load on first use, in chunks of their own (not the first route). */
const LazyQrScanner = lazy(() => import('./QrScanner'));

/** The camera QR scanner in a modal, drawn while `open` (see QrScanner.tsx). */
export function QrScanDialog({
  open,
  ...props
}: { open: boolean } & ComponentProps<typeof LazyQrScanner>) {
  if (!open) return null;
  return (
    <Suspense fallback={null}>
      <LazyQrScanner {...props} />
    </Suspense>
  );
}
