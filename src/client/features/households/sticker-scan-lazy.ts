import { lazy } from 'react';

/** The home list's sticker scanner, loaded on first use (index.tsx re-exports it, which keeps it in the first bundle). */
export const StickerScan = lazy(() => import('./components/StickerScan'));
