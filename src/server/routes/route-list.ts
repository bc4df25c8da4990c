import type { FastifyInstance } from 'fastify';

export type RegisteredRoute = { method: string; url: string };

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * Every route the app registered (HEAD twins of GET routes among them), so the
     * authorization matrix (tests/server/scope/route-matrix.test.ts) can refuse a route it
     * has no row for.
     */
    registeredRoutes: readonly RegisteredRoute[];
  }
}

/** Collects the routes registered from now on into `app.registeredRoutes`. */
export function collectRoutes(app: FastifyInstance): void {
  const routes: RegisteredRoute[] = [];
  app.decorate('registeredRoutes', routes);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) routes.push({ method, url: route.url });
  });
}
