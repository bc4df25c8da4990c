// A fake camera's video for Chromium (`--use-file-for-fake-video-capture`): QR codes drawn with
// uqr, one per frame, as a Y4M file (YUV 4:2:0, full range). Chromium plays it in a loop at
// its frame rate, so a file of two QR codes at 1 frame a second shows each in turn.
import { writeFile } from 'node:fs/promises';
import { encode } from 'uqr';

const WIDTH = 640;
const HEIGHT = 480;
/** White around the code, in modules (the QR standard asks for 4). */
const QUIET = 4;

/** One grey frame (the Y plane) with the QR code of `text` in its middle, black on white. */
function qrFrame(text: string): Uint8Array {
  const { size, data } = encode(text, { ecc: 'M', border: 0 });
  const scale = Math.floor(Math.min(WIDTH, HEIGHT) / (size + 2 * QUIET));
  const left = Math.floor((WIDTH - size * scale) / 2);
  const top = Math.floor((HEIGHT - size * scale) / 2);
  const luma = new Uint8Array(WIDTH * HEIGHT).fill(255);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      if (!data[y]![x]) continue;
      for (let dy = 0; dy < scale; dy++) {
        const row = (top + y * scale + dy) * WIDTH + left + x * scale;
        luma.fill(0, row, row + scale);
      }
    }
  }
  return luma;
}

/** Writes a Y4M video at 1 frame a second, one frame per text, and returns its path. */
export async function writeQrVideo(path: string, texts: readonly string[]): Promise<string> {
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F1:1 Ip A1:1 C420jpeg\n`);
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128); // U then V: no colour
  const frames = texts.flatMap((text) => [Buffer.from('FRAME\n'), qrFrame(text), chroma]);
  await writeFile(path, Buffer.concat([header, ...frames]));
  return path;
}
