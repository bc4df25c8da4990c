/**
 * UUID version 7 (RFC 9562): 48-bit Unix time in ms, then random bits.
 * Made on the device, so records created offline never collide, and ids sort by creation time.
 */
export function uuidv7(now: number = Date.now()): string {
  const bytes = randomBytes(16);
  let time = now;
  for (let i = 5; i >= 0; i--) {
    bytes[i] = time % 256;
    time = Math.floor(time / 256);
  }
  bytes[6] = (bytes[6]! & 0x0f) | 0x70; // version 7
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // variant 10
  let hex = '';
  for (let i = 0; i < 16; i++) {
    hex += HEX[bytes[i]!];
    if (i === 3 || i === 5 || i === 7 || i === 9) hex += '-';
  }
  return hex;
}

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

/**
 * Random bytes from Web Crypto, drawn a pool at a time: one `getRandomValues` call costs
 * about as much as the rest of an id, and an import makes tens of thousands of ids.
 */
const POOL_SIZE = 4096;
let pool = new Uint8Array(0);
let used = 0;

function randomBytes(count: number): Uint8Array {
  if (used + count > pool.length) {
    pool = new Uint8Array(POOL_SIZE);
    webCrypto().getRandomValues(pool);
    used = 0;
  }
  const bytes = pool.slice(used, used + count);
  used += count;
  return bytes;
}

/** Web Crypto is global in browsers, service workers and Node 20; `shared` is typed without DOM. */
function webCrypto(): { getRandomValues(array: Uint8Array): Uint8Array } {
  return (globalThis as unknown as { crypto: { getRandomValues(array: Uint8Array): Uint8Array } })
    .crypto;
}
