import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

/** The body of every error answer: a stable code for programs, a reason for people (Indonesian). */
export type ErrorBody = {
  error: string;
  message: string;
  issues?: string[];
  /** 429: how long to wait (also the Retry-After header). */
  retryAfterSeconds?: number;
};

/** An answer other than success, with the reason the client shows. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly issues?: string[],
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
  }
}

/** Fastify's own errors for bad requests, in the same shape and language as ours. */
const FASTIFY_ERRORS: Record<string, [number, string, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [
    413,
    'payload-too-large',
    'Kiriman terlalu besar. Kirim dalam beberapa bagian yang lebih kecil.',
  ],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [
    415,
    'unsupported-media-type',
    'Jenis isi kiriman tidak didukung; gunakan application/json.',
  ],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'bad-request', 'Isi kiriman kosong.'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'bad-request', 'Isi kiriman bukan JSON yang sah.'],
};

export function errorHandler(
  error: FastifyError | ApiError,
  request: FastifyRequest,
  reply: FastifyReply,
): FastifyReply {
  if (error instanceof ApiError) {
    const body: ErrorBody = { error: error.code, message: error.message };
    if (error.issues) body.issues = error.issues;
    if (error.retryAfterSeconds !== undefined) {
      body.retryAfterSeconds = error.retryAfterSeconds;
      void reply.header('retry-after', String(error.retryAfterSeconds));
    }
    return reply.status(error.statusCode).send(body);
  }
  const known = FASTIFY_ERRORS[error.code];
  if (known) {
    const [status, code, message] = known;
    return reply.status(status).send({ error: code, message } satisfies ErrorBody);
  }
  const status = error.statusCode ?? 500;
  if (status < 500) {
    // JSON syntax errors and the like: Fastify's message is the most precise reason there is.
    return reply
      .status(status)
      .send({ error: 'bad-request', message: error.message } satisfies ErrorBody);
  }
  request.log.error({ err: error }, 'request failed');
  return reply
    .status(500)
    .send({ error: 'internal', message: 'Terjadi kesalahan di server.' } satisfies ErrorBody);
}

export function notFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const path = request.url.split('?')[0];
  return reply.status(404).send({
    error: 'not-found',
    message: `Tidak ditemukan: ${request.method} ${path}`,
  } satisfies ErrorBody);
}
