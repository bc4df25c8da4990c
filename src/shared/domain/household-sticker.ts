/**
 * A household's QR sticker holds the URL of its page, `<origin>/rumah/<householdId>`: the
 * household's opaque id (a UUID), no personal data. Printed by the ketua RW; scanned at the
 * door by the app's own scanner, or by a phone's camera app, which opens the same page.
 */
const STICKER_URL =
  /^https?:\/\/[^/?#\s]+\/rumah\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?(?:[?#]\S*)?$/i;

/** The text of a household's sticker QR. */
export function stickerUrl(origin: string, householdId: string): string {
  return `${origin.replace(/\/$/, '')}/rumah/${householdId}`;
}

/**
 * The household id a scanned text names when it is a sticker's URL (any origin: a server may
 * be reached under more than one name), else null.
 */
export function householdIdOfSticker(text: string): string | null {
  return STICKER_URL.exec(text.trim())?.[1]?.toLowerCase() ?? null;
}
