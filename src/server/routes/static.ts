import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { notFound } from '../errors';

/** Files whose name stays the same across releases: browsers must always ask for a new one. */
const REVALIDATE = /(^|\/)(index\.html|sw\.js|manifest\.webmanifest|registerSW\.js)$/;
/** The suffixes of the files the build compresses ahead (scripts/vite-precompress.ts). */
const PRECOMPRESSED = /\.(br|gz)$/;
/** Vite puts content-hashed files under assets/: they never change, so cache them for a year. */
const HASHED = /(^|\/)assets\//;

/**
 * Serves the built PWA. Any GET that is not under /api/, names no file and accepts HTML gets
 * index.html (the app's routes are client-side); everything else unknown is a 404 in JSON.
 */
export async function staticRoutes(app: FastifyInstance, staticDir: string): Promise<void> {
  const hasApp = existsSync(join(staticDir, 'index.html'));
  if (!hasApp) app.log.warn({ staticDir }, 'no built PWA here; serving the API only');
  else {
    await app.register(fastifyStatic, {
      root: staticDir,
      // The build writes .br and .gz beside each text file (scripts/vite-precompress.ts); the
      // client's Accept-Encoding picks one, with Vary: Accept-Encoding.
      preCompressed: true,
      cacheControl: false,
      setHeaders(reply, path) {
        // A precompressed file follows the rule of the file it stands for (sw.js.br as sw.js).
        const relative = path
          .slice(staticDir.length)
          .replaceAll('\\', '/')
          .replace(PRECOMPRESSED, '');
        if (HASHED.test(relative)) {
          reply.header('cache-control', 'public, max-age=31536000, immutable');
        } else if (REVALIDATE.test(relative)) {
          reply.header('cache-control', 'no-cache');
        } else {
          reply.header('cache-control', 'public, max-age=3600');
        }
      },
    });
  }

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0]!;
    const wantsPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !path.startsWith('/api/') &&
      (request.headers.accept ?? '').includes('text/html');
    if (hasApp && wantsPage) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return notFound(request, reply);
  });
}
