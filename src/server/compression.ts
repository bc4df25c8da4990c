import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';
import { constants } from 'node:zlib';
import { ApiError } from './errors';

/** Answers smaller than this go out as they are: the saving would not pay for the CPU. */
export const COMPRESS_THRESHOLD = 1024;
/**
 * Brotli at quality 4 packs JSON about as well as gzip -9 for a fraction of the CPU of the
 * default 11; answers are compressed on every request, so cheap wins.
 */
export const API_BROTLI_QUALITY = 4;

/**
 * Compresses answers on the fly (brotli, else gzip, per Accept-Encoding; static files come
 * precompressed and are left alone) and accepts request bodies sent with `Content-Encoding:
 * gzip` (the phones compress their pushes). The body limit of each route counts the
 * decompressed bytes, so a small zip bomb is refused with 413 like any oversized body.
 * Register before the routes: the plugin hooks every route added after it.
 */
export async function compression(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCompress, {
    global: true,
    threshold: COMPRESS_THRESHOLD,
    encodings: ['br', 'gzip'],
    brotliOptions: {
      params: {
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_QUALITY]: API_BROTLI_QUALITY,
      },
    },
    zlibOptions: { level: 6 },
    requestEncodings: ['gzip'],
    onUnsupportedRequestEncoding: (encoding) =>
      new ApiError(
        415,
        'unsupported-encoding',
        `Pengodean isi kiriman "${encoding}" tidak didukung; gunakan gzip atau tanpa pengodean.`,
      ),
    onInvalidRequestPayload: () =>
      new ApiError(400, 'bad-request', 'Isi kiriman gzip rusak dan tidak bisa dibuka.'),
  });
}
