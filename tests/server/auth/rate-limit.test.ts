import { describe, expect, it } from 'vitest';
import { FailureLimits, RateLimiter, addressKey } from '@server/auth/rate-limit';

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

describe('FailureLimits', () => {
  it('the backstop slows addresses that have failed, not the others', () => {
    let now = 0;
    const limits = new FailureLimits(
      new RateLimiter(10, 60_000, () => now),
      new RateLimiter(20, 60_000, () => now),
    );
    for (let i = 0; i < 20; i++) limits.fail(`a${i % 2}`);
    expect(limits.wait('a0')).toBe(60); // 10 of its own
    expect(limits.wait('fresh')).toBe(0);
    limits.fail('b');
    limits.fail('b');
    expect(limits.wait('b')).toBe(0);
    limits.fail('b');
    expect(limits.wait('b')).toBe(60); // 3 of its own while everyone's are spent
    now = 60_000;
    expect(limits.wait('b')).toBe(0);
  });
});
