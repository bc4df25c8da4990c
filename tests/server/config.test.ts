import { OSM_TILES } from '@shared/coverage/tiles';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '@server/config';
import { DEFAULT_CONFIG } from '@shared/domain/config';

describe('configuration', () => {
  it('has defaults for everything', () => {
    expect(loadConfig({}, '/srv/pintu')).toEqual({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/srv/pintu/data',
      databaseUrl: undefined,
      staticDir: '/srv/pintu/dist/client',
      logLevel: 'info',
      seed: 'demo',
      programme: DEFAULT_CONFIG,
      trustProxy: false,
      workers: 1,
      tiles: OSM_TILES,
    });
  });

  it('runs WORKERS processes on a PostgreSQL server, and refuses them on the embedded one', () => {
    expect(loadConfig({ WORKERS: '4', DATABASE_URL: 'postgres://u@db/pintu' }).workers).toBe(4);
    expect(() => loadConfig({ WORKERS: '2' })).toThrow(/WORKERS: more than 1 needs DATABASE_URL/);
    expect(() => loadConfig({ WORKERS: '0', DATABASE_URL: 'postgres://u@db/p' })).toThrow(
      /WORKERS: must be a whole number from 1 to 64/,
    );
  });

  it.each([
    ['10.0.0.1', ['10.0.0.1']],
    ['10.0.0.1, 192.168.0.0/16,loopback', ['10.0.0.1', '192.168.0.0/16', 'loopback']],
    ['2001:db8::/32', ['2001:db8::/32']],
  ])('TRUST_PROXY=%s → the proxies Fastify trusts', (value, trustProxy) => {
    expect(loadConfig({ TRUST_PROXY: value }).trustProxy).toEqual(trustProxy);
  });

  it.each(['true', '1', '*', '10.0.0.300', '10.0.0.0/33', 'proxy.example', '10.0.0.1,'])(
    'TRUST_PROXY=%s is refused at start',
    (value) => {
      expect(() => loadConfig({ TRUST_PROXY: value })).toThrow(
        /TRUST_PROXY: must be the proxies' addresses or CIDRs/,
      );
    },
  );

  it('reads the environment; empty means unset', () => {
    const config = loadConfig(
      {
        PORT: '0',
        DATA_DIR: '/var/lib/pintu',
        DATABASE_URL: 'postgres://u@db/pintu',
        LOG_LEVEL: '',
        SEED: 'none',
        HERD_IMMUNITY_TARGET: '0.8',
      },
      '/srv',
    );
    expect(config).toMatchObject({
      port: 0,
      dataDir: '/var/lib/pintu',
      databaseUrl: 'postgres://u@db/pintu',
      logLevel: 'info',
      seed: 'none',
      programme: { ...DEFAULT_CONFIG, herdImmunityTarget: 0.8 },
    });
  });

  it('seeds the demo (with its public invitation codes) on a real PostgreSQL only when asked', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db/pintu' }).seed).toBe('none');
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db/pintu', SEED: 'demo' }).seed).toBe('demo');
    expect(loadConfig({}).seed).toBe('demo');
  });

  it('seeds the demo kelurahan at their real size unless DEMO_SIZE=small', () => {
    expect(loadConfig({}).demoShape).toBeUndefined();
    expect(loadConfig({ DEMO_SIZE: 'small' }).demoShape).toEqual({
      rwCount: 4,
      rtPerRw: 3,
      householdsPerRt: 25,
    });
    expect(() => loadConfig({ DEMO_SIZE: 'tiny' })).toThrow(/DEMO_SIZE: must be full or small/);
  });

  it('names every bad variable in one clear message', () => {
    const bad = () =>
      loadConfig({
        PORT: 'delapan',
        DATABASE_URL: 'mysql://x',
        LOG_LEVEL: 'loud',
        HERD_IMMUNITY_TARGET: '70',
      });
    expect(bad).toThrow(ConfigError);
    expect(bad).toThrow(/PORT: must be a number/);
    expect(bad).toThrow(/DATABASE_URL: must start with postgres:\/\//);
    expect(bad).toThrow(/LOG_LEVEL: must be one of/);
    expect(bad).toThrow(/HERD_IMMUNITY_TARGET: must be above 0 and at most 1/);
  });

  it('takes the map tiles from TILE_URL; bulk download only where the tile server allows it', () => {
    const osm = loadConfig({}).tiles;
    expect(osm).toMatchObject({ bulkDownload: false, maxZoom: 19 });
    expect(osm.url).toMatch(/^https:\/\/tile\.openstreetmap\.org\//);
    expect(osm.attribution).toContain('OpenStreetMap');
    const own = loadConfig({
      TILE_URL: 'https://peta.bekasikota.go.id/tiles/{z}/{x}/{y}.png',
      TILE_ATTRIBUTION: 'Pemkot Bekasi',
      TILE_BULK_DOWNLOAD: 'true',
    }).tiles;
    expect(own).toEqual({
      url: 'https://peta.bekasikota.go.id/tiles/{z}/{x}/{y}.png',
      attribution: 'Pemkot Bekasi',
      bulkDownload: true,
      maxZoom: 19,
    });
    expect(() =>
      loadConfig({
        TILE_URL: 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png',
        TILE_BULK_DOWNLOAD: 'true',
      }),
    ).toThrow(/TILE_BULK_DOWNLOAD: must not be true for the public OpenStreetMap/);
    expect(() => loadConfig({ TILE_URL: 'https://tiles.example/{x}/{y}' })).toThrow(
      /TILE_URL: must be an http\(s\) or \/path URL template/,
    );
  });
});
