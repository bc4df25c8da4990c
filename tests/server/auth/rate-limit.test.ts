import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sweepRateCounts } from '@server/auth/rate-counts-data';
import { FailureLimits, RateCounts, addressKey, counter } from '@server/auth/rate-limit';
import { DATABASES, type TestDatabase } from '../helpers/databases';

describe('addressKey: what a client address is counted under', () => {
  it.each([
    ['10.1.2.3', '10.1.2.3'],
    ['::ffff:10.1.2.3', '10.1.2.3'],
    ['2001:db8:1:2:aaaa:bbbb:cccc:dddd', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::1', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:ffff::', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
  ])('%s → %s', (ip, key) => {
    expect(addressKey(ip)).toBe(key);
  });
});

describe.each(DATABASES)('rate counts in the database ($name)', (kind) => {
  let t: TestDatabase;
  let now = 0;
  beforeAll(async () => {
    t = await kind.open();
  });
  afterAll(() => t.close());
  beforeEach(async () => {
    now = 1_000_000;
    await t.db.exec('TRUNCATE rate_counts');
  });

  it('the backstop slows addresses that have failed, not the others', async () => {
    const limits = new FailureLimits(
      new RateCounts(t.db, () => now),
      { scope: 'own', max: 10, windowMs: 60_000 },
      { scope: 'all', max: 20, windowMs: 60_000 },
    );
    for (let i = 0; i < 20; i++) await limits.fail(`a${i % 2}`);
    expect(await limits.wait('a0')).toBe(60); // 10 of its own
    expect(await limits.wait('fresh')).toBe(0);
    await limits.fail('b');
    await limits.fail('b');
    expect(await limits.wait('b')).toBe(0);
    await limits.fail('b');
    expect(await limits.wait('b')).toBe(60); // 3 of its own while everyone's are spent
    now += 60_000;
    expect(await limits.wait('b')).toBe(0);
  });

  it('counters hit at once from two connections lose no count; an ended window starts again', async () => {
    const counts = new RateCounts(t.db, () => now);
    const limit = { scope: 'x', max: 5, windowMs: 60_000 };
    const answers = await Promise.all(
      Array.from({ length: 40 }, () => counts.count([counter(limit, 'k')])),
    );
    // Each caller gets the count its own hit made: 1 to 40, once each.
    expect(answers.map((a) => a.hits[0]!.count).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 40 }, (_, i) => i + 1),
    );
    expect((await counts.count([], [counter(limit, 'k')])).reads[0]!.count).toBe(40);
    now += 60_000;
    expect((await counts.count([], [counter(limit, 'k')])).reads[0]!.count).toBe(0);
    expect((await counts.count([counter(limit, 'k')])).hits[0]).toEqual({
      count: 1,
      resetAt: now + 60_000,
    });
  });

  it('the sweep deletes ended windows and keeps open ones', async () => {
    const counts = new RateCounts(t.db, () => now);
    await counts.count([counter({ scope: 's', max: 1, windowMs: 1_000 }, 'old')]);
    await counts.count([counter({ scope: 's', max: 1, windowMs: 60_000 }, 'open')]);
    now += 1_000;
    expect(await sweepRateCounts(t.db, now)).toBe(1);
    const rows = await t.db.query<{ key: string }>('SELECT key FROM rate_counts');
    expect(rows.map((r) => r.key)).toEqual(['open']);
  });
});
