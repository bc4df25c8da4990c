import { lazy } from 'react';

/** The ketua RW's sheet of household QR stickers (A4, 3 × 8), from the phone's data. */
export const StickerSheetScreen = lazy(() =>
  import('./components/StickerSheetScreen').then((m) => ({ default: m.StickerSheetScreen })),
);
