import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * Headers on every answer: a content security policy with no inline scripts (the built app
 * loads its scripts from files; WebAssembly may be compiled, for the QR scanner's decoder), no
 * framing, no referrer, and geolocation and the camera for this origin only (households are
 * placed on the map from the phone's GPS; certificate QRs and household stickers are scanned).
 * Map tiles may come from the configured tile server (TILE_URL) alone.
 */
export const contentSecurityPolicy = (tileSource: string) =>
  [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    // React and Leaflet set style attributes; no inline <style> or <script> is needed otherwise.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${tileSource}`,
    // The service worker fetches the map tiles to cache them (src/sw/strategies.ts), and the map
    // downloads an area for offline; sw.js is served with this policy too.
    `connect-src 'self' ${tileSource}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');

/** The CSP source of a tile URL template: its origin, `{s}` subdomains as `*`; 'self' for a path. */
export function tileSourceOf(template: string): string {
  const origin = /^https?:\/\/[^/]+/i.exec(template)?.[0];
  return origin ? origin.replace('{s}', '*') : "'self'";
}

export const securityHeadersFor = (tileTemplate: string): Record<string, string> => ({
  'content-security-policy': contentSecurityPolicy(tileSourceOf(tileTemplate)),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'permissions-policy': 'geolocation=(self), camera=(self), microphone=()',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
});

/**
 * Every /api/ answer, success or error, holds data of one signed-in user (names, NIK, device
 * tokens, invitation codes) or says something about them: no browser or proxy may keep it.
 * Set here, on the way out, so no route can forget it; the static files keep their own rules.
 */
export const API_CACHE_CONTROL = 'no-store';

export function securityHeaders(app: FastifyInstance, tileTemplate: string): void {
  const headers = securityHeadersFor(tileTemplate);
  app.addHook('onSend', async (request, reply) => {
    for (const [name, value] of Object.entries(headers)) {
      if (!reply.hasHeader(name)) reply.header(name, value);
    }
    if (isApiRequest(request)) reply.header('cache-control', API_CACHE_CONTROL);
  });
}

/**
 * Whether a request is for the API: by its path, or by the route it matched (the router
 * decodes the path, so `/%61pi/users` is `/api/users`). An unknown `/api/` path that falls to
 * the static files' catch-all route counts too.
 */
export function isApiRequest(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/') || !!request.routeOptions.url?.startsWith('/api/');
}
