import { householdAddress } from '@shared/domain/household-address';

/** What a sticker carries: the household's opaque id (in the QR) and where the house is. */
export type Sticker = { householdId: string; rw: number; rt: number; address: string };

/** Stickers on an A4 sheet: 3 columns × 8 rows of 70 × 37 mm labels. */
export const STICKERS_PER_PAGE = 24;

/**
 * A household's sticker: its id and address only. The head of household's name, the KK number
 * and the residents stay off it (a sticker on a door is read by anyone passing).
 */
export function stickerOf(h: {
  id: string;
  rw: number;
  rt: number;
  street: string;
  houseNumber?: string | null | undefined;
}): Sticker {
  return { householdId: h.id, rw: h.rw, rt: h.rt, address: householdAddress(h) };
}

/** The QR's text: the household's page in the app (the contract of the in-app scanner). */
export function stickerUrl(origin: string, householdId: string): string {
  return `${origin}/rumah/${householdId}`;
}

/** By RT, then street and house number as a person reads them (No. 2 before No. 10). */
export function byPlace(a: Sticker, b: Sticker): number {
  return a.rt - b.rt || a.address.localeCompare(b.address, 'id', { numeric: true });
}

/** The stickers in sheets of STICKERS_PER_PAGE. */
export function pagesOf(stickers: readonly Sticker[]): Sticker[][] {
  const pages: Sticker[][] = [];
  for (let i = 0; i < stickers.length; i += STICKERS_PER_PAGE) {
    pages.push(stickers.slice(i, i + STICKERS_PER_PAGE));
  }
  return pages;
}
