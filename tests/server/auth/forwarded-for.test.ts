// The rate limits count per client address. With no proxy configured (TRUST_PROXY unset) the
// address is the socket's: a forged X-Forwarded-For changes nothing. Behind a configured proxy
// the address is the one the proxy adds. And the counters of everyone together, the backstop
// against many addresses, must not let one guesser lock out every phone in the city.
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { useApp } from '../helpers/app';
import { DATABASES } from '../helpers/databases';
import { KELURAHAN } from '../helpers/device';
import { signIn } from '../helpers/sign-in';
import { enrollRequest, invite } from './helpers';

const AREA = { kelurahanCode: KELURAHAN, rw: 3, rts: [5] };
const forged = (i: number) => ({ 'x-forwarded-for': `203.0.113.${i}` });

/** What a client may put in X-Forwarded-For: addresses, lists of them, or anything printable. */
const forwardedFor = fc.oneof(
  fc.ipV4(),
  fc.ipV6(),
  fc.array(fc.oneof(fc.ipV4(), fc.ipV6()), { minLength: 1, maxLength: 4 }).map((a) => a.join(', ')),
  fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) }),
);
let nextAddress = 0;
/** A socket address of its own for each run, so runs do not share counters. */
const freshAddress = () => `10.${100 + Math.floor(nextAddress / 250)}.${nextAddress++ % 250}.1`;
let nextCode = 0;
/** A wrong code never tried before (each code has its own counter too). */
const freshCode = () => `B${String(nextCode++).padStart(7, '0')}`;

function me(app: FastifyInstance, headers: object, remoteAddress: string) {
  return app.inject({ method: 'GET', url: '/api/auth/me', headers: { ...headers }, remoteAddress });
}

describe.each(DATABASES)('no proxy trusted: X-Forwarded-For is ignored ($name)', (kind) => {
  const ctx = useApp(kind);

  async function goodCode() {
    const lurah = await signIn(ctx, { role: 'lurah' });
    return (await invite(ctx.app, lurah.headers, { role: 'relawan', area: AREA })).code;
  }

  it('ten refused codes, each with a new forged address → the next is 429, whatever it says', async () => {
    const code = await goodCode();
    for (let i = 0; i < 10; i++) {
      const refused = await enrollRequest(
        ctx.app,
        { code: `ZZZZ-ZZ${i}${i}` },
        '10.9.9.9',
        forged(i),
      );
      expect(refused.json().error).toBe('invalid-code');
    }
    const next = await enrollRequest(ctx.app, { code }, '10.9.9.9', forged(200));
    expect(next.statusCode).toBe(429);
    expect(next.json().error).toBe('too-many-attempts');
  });

  it('fuzz: any X-Forwarded-For values, the 11th attempt from one socket is 429, never 500', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(forwardedFor, { minLength: 11, maxLength: 11 }), async (values) => {
        const address = freshAddress();
        const statuses = [];
        for (const value of values) {
          const code = freshCode();
          const answer = await enrollRequest(ctx.app, { code }, address, {
            'x-forwarded-for': value,
          });
          statuses.push(answer.statusCode);
        }
        expect(statuses).toEqual([...Array<number>(10).fill(400), 429]);
      }),
      { numRuns: 25 },
    );
  }, 120_000);

  it('30 wrong secrets, each with a new forged address → the next is 429 with a new one too', async () => {
    const real = await signIn(ctx, { role: 'relawan' });
    const wrong = { authorization: `Bearer ${real.deviceId}.${'B'.repeat(43)}` };
    for (let i = 0; i < 30; i++)
      expect((await me(ctx.app, { ...wrong, ...forged(i) }, '10.7.7.7')).statusCode).toBe(401);
    const blocked = await me(ctx.app, { ...real.headers, ...forged(201) }, '10.7.7.7');
    expect(blocked.statusCode).toBe(429);
  }, 120_000);

  it('1000 refused codes from 100 addresses do not hold up a good code from another address', async () => {
    const code = await goodCode();
    const statuses = new Set<number>();
    for (let a = 0; a < 100; a++) {
      for (let i = 0; i < 10; i++) {
        const bad = await enrollRequest(ctx.app, { code: `QQQQ-${a}${i}` }, `10.50.${a}.1`);
        statuses.add(bad.statusCode);
      }
    }
    expect([...statuses].sort()).toEqual([400, 429]); // the backstop was reached
    // A phone that has not guessed wrong goes on with its good code.
    expect((await enrollRequest(ctx.app, { code }, '10.60.0.1')).statusCode).toBe(200);
    // A new guessing address gets three refusals (not the ten of quiet times), then waits.
    const guesses = [];
    for (let i = 0; i < 4; i++)
      guesses.push(
        (await enrollRequest(ctx.app, { code: `RRRR-RR${i}${i}` }, '10.61.0.1')).statusCode,
      );
    expect(guesses).toEqual([400, 400, 400, 429]);
  }, 120_000);

  it('300 wrong secrets from ten addresses do not hold up a device from another address', async () => {
    const victim = await signIn(ctx, { role: 'relawan' });
    const real = await signIn(ctx, { role: 'relawan' });
    const wrong = { authorization: `Bearer ${real.deviceId}.${'C'.repeat(43)}` };
    const statuses = new Set<number>();
    for (let a = 0; a < 10; a++)
      for (let i = 0; i < 30; i++)
        statuses.add((await me(ctx.app, wrong, `10.70.${a}.1`)).statusCode);
    expect([...statuses].sort()).toEqual([401, 429]); // the backstop was reached
    expect((await me(ctx.app, victim.headers, '10.80.0.1')).statusCode).toBe(200);
    // A new address guessing wrong gets three tries, then waits, even with a real token.
    const other = await signIn(ctx, { role: 'relawan' });
    for (let i = 0; i < 3; i++)
      expect((await me(ctx.app, wrong, '10.81.0.1')).statusCode).toBe(401);
    expect((await me(ctx.app, other.headers, '10.81.0.1')).statusCode).toBe(429);
  }, 120_000);
});

describe.each(DATABASES)('TRUST_PROXY=127.0.0.1: the proxy names the client ($name)', (kind) => {
  const ctx = useApp(kind, undefined, { trustProxy: ['127.0.0.1'] });
  const behindProxy = (client: string) => ({ 'x-forwarded-for': client });

  it("fuzz: whatever a client puts before the proxy's own entry, never a 500", async () => {
    await fc.assert(
      fc.asyncProperty(forwardedFor, async (value) => {
        const answer = await enrollRequest(ctx.app, { code: freshCode() }, '127.0.0.1', {
          'x-forwarded-for': `${value}, ${freshAddress()}`,
        });
        expect(answer.json().error).toBe('invalid-code');
      }),
      { numRuns: 50 },
    );
  });

  it('the limit counts the address the proxy gives, not the proxy', async () => {
    for (let i = 0; i < 10; i++) {
      const refused = await enrollRequest(
        ctx.app,
        { code: `ZZZZ-ZZ${i}${i}` },
        '127.0.0.1',
        behindProxy('198.51.100.7'),
      );
      expect(refused.json().error).toBe('invalid-code');
    }
    const again = () =>
      enrollRequest(ctx.app, { code: 'ZZZZ-ZZZZ' }, '127.0.0.1', behindProxy('198.51.100.7'));
    expect((await again()).statusCode).toBe(429);
    // Another client behind the same proxy goes on.
    const other = await enrollRequest(
      ctx.app,
      { code: 'ZZZZ-ZZZZ' },
      '127.0.0.1',
      behindProxy('198.51.100.8'),
    );
    expect(other.json().error).toBe('invalid-code');
  });
});
