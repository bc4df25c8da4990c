import { v7 } from 'uuid';

/**
 * UUID version 7 (RFC 9562): 48-bit Unix time in ms, then random bits. Made on the device, so
 * records created offline never collide, and ids sort by creation time — within one
 * millisecond too, by the `uuid` package's counter, when no time is given.
 */
export function uuidv7(now?: number): string {
  return now === undefined ? v7() : v7({ msecs: now });
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
