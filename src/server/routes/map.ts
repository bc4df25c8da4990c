import type { TileConfig } from '@shared/coverage/tiles';
import type { FastifyInstance } from 'fastify';

/**
 * GET /api/map/tiles: the map's tile server, from the configuration. It names no one's area,
 * so every signed-in user may read it (the map of each role uses it); the phone keeps the
 * answer for offline.
 */
export function mapRoutes(app: FastifyInstance, tiles: TileConfig): void {
  app.get('/api/map/tiles', async (_request, reply) => {
    reply.header('cache-control', 'no-cache');
    return tiles;
  });
}
