import { DEFAULT_CONFIG, type ProgrammeConfig } from '@shared/domain/config';
import { isPublicOsm, OSM_TILES, type TileConfig } from '@shared/coverage/tiles';
import { isIP } from 'node:net';
import { isAbsolute, resolve } from 'node:path';
import { z } from 'zod';

/**
 * The server's configuration, read from the environment once at start. A bad value stops the
 * server with a message naming the variable, rather than failing later in some request.
 */
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/**
 * Which proxies may name the client in X-Forwarded-For: none, or their addresses. Not a hop
 * count: it cannot tell a request through the proxy from one sent straight to the port with a
 * forged header (Fastify itself trusts no one when given a number).
 */
/** Sizes of the demo's generated kelurahan (@shared/demo generateKelurahan). */
export type DemoShape = { rwCount: number; rtPerRw: number; householdsPerRt: number };
/** DEMO_SIZE=small: the demo accounts' RW 001 and RTs 001–002 exist, with a few dozen homes. */
const SMALL_DEMO: DemoShape = { rwCount: 4, rtPerRw: 3, householdsPerRt: 25 };

export type TrustProxy = false | string[];

/** proxy-addr's names for ranges (what Fastify's trustProxy takes besides addresses). */
const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function isAddressOrCidr(entry: string): boolean {
  if (RANGE_NAMES.has(entry)) return true;
  const [address = '', prefix, extra] = entry.split('/');
  const version = isIP(address);
  if (!version || extra !== undefined) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

const TRUST_PROXY_ERROR =
  "must be the proxies' addresses or CIDRs, comma-separated (e.g. 10.0.0.1,192.168.0.0/16 or loopback); not a hop count, nor true";

const trustProxySchema = z
  .string()
  .transform((value, ctx): TrustProxy => {
    const entries = value.split(',').map((e) => e.trim());
    if (entries.every(isAddressOrCidr)) return entries;
    ctx.addIssue({ code: 'custom', message: TRUST_PROXY_ERROR });
    return z.NEVER;
  })
  .default(false);

const envSchema = z.object({
  PORT: z.coerce
    .number({ error: 'must be a number' })
    .int()
    .min(0, { error: 'must be 0 (any free port) to 65535' })
    .max(65535, { error: 'must be 0 (any free port) to 65535' })
    .default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: 'must start with postgres:// or postgresql://' })
    .optional(),
  STATIC_DIR: z.string().min(1).default('dist/client'),
  LOG_LEVEL: z
    .enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` })
    .default('info'),
  /** `demo`: fill an empty database with synthetic data on first start; `none`: leave it empty.
   * Default: `demo` on the embedded database, `none` with DATABASE_URL (loadConfig). */
  SEED: z
    .enum(['demo', 'accounts', 'none'], { error: 'must be demo, accounts or none' })
    .optional(),
  /** `full`: the demo kelurahan at their real size (≈ 13,000 households each); `small`: 4 RW of
   * 3 RT of ≈ 25 households each, seeded in seconds (end-to-end tests). */
  DEMO_SIZE: z.enum(['full', 'small'], { error: 'must be full or small' }).default('full'),
  /** The kota's herd-immunity target: share of the eligible with a complete series. */
  HERD_IMMUNITY_TARGET: z.coerce
    .number({ error: 'must be a number' })
    .gt(0, { error: 'must be above 0 and at most 1 (e.g. 0.7 for 70%)' })
    .max(1, { error: 'must be above 0 and at most 1 (e.g. 0.7 for 70%)' })
    .default(DEFAULT_CONFIG.herdImmunityTarget),
  TRUST_PROXY: trustProxySchema,
  /** Server processes on the one port (Node's cluster module); 1: this process serves alone. */
  WORKERS: z.coerce
    .number({ error: 'must be a number' })
    .int({ error: 'must be a whole number from 1 to 64' })
    .min(1, { error: 'must be a whole number from 1 to 64' })
    .max(64, { error: 'must be a whole number from 1 to 64' })
    .default(1),
  /** The map's tile server; OpenStreetMap's public tiles (for viewing only) by default. */
  TILE_URL: z
    .string()
    .regex(/^(https?:\/\/|\/)[^\s]*\{z\}[^\s]*\{x\}[^\s]*\{y\}/, {
      error: 'must be an http(s) or /path URL template with {z}, {x} and {y}',
    })
    .default(OSM_TILES.url),
  TILE_ATTRIBUTION: z.string().optional(),
  /** Whether the tile server allows downloading an area for offline use (never public OSM). */
  TILE_BULK_DOWNLOAD: z
    .enum(['true', 'false'], { error: 'must be true or false' })
    .default('false'),
  TILE_MAX_ZOOM: z.coerce.number().int().min(10).max(22).default(OSM_TILES.maxZoom),
});

export type Config = {
  port: number;
  host: string;
  /** Absolute. PGlite keeps its files in `<dataDir>/pglite`. */
  dataDir: string;
  databaseUrl: string | undefined;
  /** Absolute. The built PWA. */
  staticDir: string;
  logLevel: (typeof LOG_LEVELS)[number];
  /** demo: accounts and field data; accounts: the demo accounts only (tests); none. */
  seed: 'demo' | 'accounts' | 'none';
  /** The demo kelurahan's shape (DEMO_SIZE); undefined: their real size. */
  demoShape: DemoShape | undefined;
  /** The programme's rules, with this kota's target (dashboards and the weekly report). */
  programme: ProgrammeConfig;
  /** Proxies trusted to name the client (rate limits, logs); none by default. */
  trustProxy: TrustProxy;
  /** Processes serving the port; more than 1 needs a PostgreSQL server (DATABASE_URL). */
  workers: number;
  /** The map's tiles (GET /api/map/tiles). */
  tiles: TileConfig;
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  // An empty variable means "not set", as shells and .env files often leave them.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== ''));
  const parsed = envSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const abs = (p: string) => (isAbsolute(p) ? p : resolve(cwd, p));
  if (e.WORKERS > 1 && !e.DATABASE_URL) {
    // PGlite lives inside one process and locks its folder: a second process cannot open it.
    throw new ConfigError(
      'Invalid configuration:\n  WORKERS: more than 1 needs DATABASE_URL (a PostgreSQL server); the embedded database serves one process',
    );
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: abs(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    staticDir: abs(e.STATIC_DIR),
    logLevel: e.LOG_LEVEL,
    // The demo's invitations have published codes (an admin kota among them): a real
    // PostgreSQL gets them only when asked, the embedded database of a first try by default.
    seed: e.SEED ?? (e.DATABASE_URL ? 'none' : 'demo'),
    demoShape: e.DEMO_SIZE === 'small' ? SMALL_DEMO : undefined,
    programme: { ...DEFAULT_CONFIG, herdImmunityTarget: e.HERD_IMMUNITY_TARGET },
    trustProxy: e.TRUST_PROXY,
    workers: e.WORKERS,
    tiles: tileConfig(e),
  };
}

function tileConfig(e: z.infer<typeof envSchema>): TileConfig {
  const bulkDownload = e.TILE_BULK_DOWNLOAD === 'true';
  if (bulkDownload && isPublicOsm(e.TILE_URL)) {
    throw new ConfigError(
      'Invalid configuration:\n  TILE_BULK_DOWNLOAD: must not be true for the public OpenStreetMap tile servers (their usage policy forbids bulk downloading)',
    );
  }
  const attribution =
    e.TILE_ATTRIBUTION ?? (e.TILE_URL === OSM_TILES.url ? OSM_TILES.attribution : '');
  return { url: e.TILE_URL, attribution, bulkDownload, maxZoom: e.TILE_MAX_ZOOM };
}
