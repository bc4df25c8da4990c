// Work of many transactions that one server process of several must do alone (the demo
// seed): `whileLocked` runs it in the process that takes the lock; another process asking
// meanwhile is told no at once, and may take it once the first is done.
import { describe, expect, it } from 'vitest';
import { openPostgres } from '@server/db/postgres';
import { createTestDatabase, DATABASES, TEST_DATABASE_URL } from './helpers/databases';

const KEY = 424_242;

describe('whileLocked', () => {
  it.skipIf(!TEST_DATABASE_URL)(
    'two servers on one PostgreSQL: the second is refused while the first works, then may go',
    async () => {
      const own = await createTestDatabase(TEST_DATABASE_URL!);
      const first = openPostgres(own.url, 2);
      const second = openPostgres(own.url, 2);
      try {
        const ran: string[] = [];
        let release!: () => void;
        const working = first.whileLocked(KEY, async () => {
          ran.push('first');
          await new Promise<void>((r) => (release = r));
        });
        await new Promise((r) => setTimeout(r, 200));
        expect(await second.whileLocked(KEY, async () => void ran.push('second, too early'))).toBe(
          false,
        );
        release();
        expect(await working).toBe(true);
        expect(await second.whileLocked(KEY, async () => void ran.push('second'))).toBe(true);
        expect(ran).toEqual(['first', 'second']);
      } finally {
        await first.close();
        await second.close();
        await own.drop();
      }
    },
  );

  it('PGlite (one process): a second call while the first works is refused too', async () => {
    const t = await DATABASES[0]!.open();
    try {
      let release!: () => void;
      const working = t.db.whileLocked(KEY, () => new Promise<void>((r) => (release = r)));
      expect(await t.db.whileLocked(KEY, async () => {})).toBe(false);
      release();
      expect(await working).toBe(true);
      expect(await t.db.whileLocked(KEY, async () => {})).toBe(true);
    } finally {
      await t.close();
    }
  });
});
