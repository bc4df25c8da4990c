import { DEFAULT_CONFIG, type ProgrammeConfig } from '@shared/domain/config';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { TrustProxy } from './config';
import { OSM_TILES, type TileConfig } from '@shared/coverage/tiles';
import type { Database } from './db/database';
import { requireSignIn } from './auth/hook';
import { RateCounts } from './auth/rate-limit';
import { compression } from './compression';
import { refuseWhileClosing } from './drain';
import { startCoverageUpkeep } from './coverage/upkeep';
import { securityHeaders } from './auth/security-headers';
import { errorHandler, notFound } from './errors';
import { accessLogRoutes } from './routes/access-log';
import { authRoutes } from './routes/auth';
import { followupRoutes } from './routes/followups';
import { invitationRoutes } from './routes/invitations';
import { isomanRoutes } from './routes/isoman';
import { reconciliationRoutes } from './routes/reconciliation';
import { userRoutes } from './routes/users';
import { coverageRoutes } from './routes/coverage';
import { mapRoutes } from './routes/map';
import { healthRoutes } from './routes/health';
import { collectRoutes } from './routes/route-list';
import { historyRoutes } from './routes/history';
import { reportRoutes } from './routes/reports';
import { reportSubmissionRoutes } from './routes/report-submissions';
import { staticRoutes } from './routes/static';
import { syncRoutes } from './routes/sync';

export type AppOptions = {
  db: Database;
  /** The built PWA; without it only the API is served. */
  staticDir?: string;
  logger?: FastifyServerOptions['logger'];
  /** The programme's rules, with the kota's herd-immunity target; DEFAULT_CONFIG otherwise. */
  programme?: ProgrammeConfig;
  /**
   * The proxies whose X-Forwarded-For names the client (config.ts, TRUST_PROXY): a hop count or
   * addresses and CIDRs. None by default: the rate limits count the socket's address, which a
   * client cannot choose, as it could the header.
   */
  trustProxy?: TrustProxy;
  /** The map's tile server (config.ts, TILE_URL…); OpenStreetMap for viewing by default. */
  tiles?: TileConfig;
};

/** The HTTP application: routes over an open, migrated database. Tests drive it with inject(). */
export async function buildApp({
  db,
  staticDir,
  logger = false,
  programme = DEFAULT_CONFIG,
  trustProxy = false,
  tiles = OSM_TILES,
}: AppOptions): Promise<FastifyInstance> {
  const options: FastifyServerOptions = {
    logger,
    trustProxy,
    // Shutdown waits for requests in flight but not for idle keep-alive sockets.
    forceCloseConnections: 'idle',
    // Ours answers in the API's shape, with Retry-After (drain.ts).
    return503OnClosing: false,
  };
  const app = Fastify(options);
  collectRoutes(app);
  app.setErrorHandler(errorHandler);
  refuseWhileClosing(app);
  securityHeaders(app, tiles.url);
  await compression(app);
  const counts = new RateCounts(db);
  counts.sweepEvery(app);
  requireSignIn(app, db, counts);
  healthRoutes(app, db);
  authRoutes(app, db, counts);
  userRoutes(app, db);
  invitationRoutes(app, db);
  const coverage = startCoverageUpkeep(app, db);
  syncRoutes(app, db, coverage, programme);
  followupRoutes(app, db, programme);
  historyRoutes(app, db);
  isomanRoutes(app, db);
  reconciliationRoutes(app, db);
  coverageRoutes(app, db, coverage, programme);
  mapRoutes(app, tiles);
  reportRoutes(app, db, coverage, programme);
  reportSubmissionRoutes(app, db, coverage, programme);
  accessLogRoutes(app, db);
  if (staticDir) await staticRoutes(app, staticDir);
  else app.setNotFoundHandler(notFound);
  return app;
}
