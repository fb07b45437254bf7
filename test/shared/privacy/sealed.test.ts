import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seal, sealedHeader, unseal } from '../../../shared/privacy/sealed';

const FORMAT = 'proef';
const ROUNDS = 100_000;

describe('verzegelen met een wachtwoord (PBKDF2-SHA-256, AES-256-GCM)', () => {
  it('heen en terug geeft dezelfde bytes; de kop is leesbaar en zegt hoe', async () => {
    const contents = new TextEncoder().encode('{"geheim":"ps_0123"}');
    const file = await seal(contents, 'wachtwoord van twaalf', FORMAT, { version: 3 }, ROUNDS);
    const header = sealedHeader(file, FORMAT);
    expect(header).toMatchObject({ format: FORMAT, sealed: 1, version: 3 });
    expect(header?.kdf.iterations).toBe(ROUNDS);
    expect(atob(header?.kdf.salt ?? '')).toHaveLength(16);
    expect(atob(header?.cipher.iv ?? '')).toHaveLength(12);
    const opened = await unseal(file, 'wachtwoord van twaalf', FORMAT);
    expect(opened.ok && new TextDecoder().decode(opened.contents)).toBe('{"geheim":"ps_0123"}');
    // The same contents twice: another salt and iv, so other bytes.
    const again = await seal(contents, 'wachtwoord van twaalf', FORMAT, {}, ROUNDS);
    expect(sealedHeader(again, FORMAT)?.kdf.salt).not.toBe(header?.kdf.salt);
  });

  it('een wachtwoord in een andere Unicode-schrijfwijze (NFD) opent het ook', async () => {
    const file = await seal(new Uint8Array([1, 2, 3]), 'privé-sleutel één', FORMAT, {}, ROUNDS);
    const opened = await unseal(file, 'privé-sleutel één'.normalize('NFD'), FORMAT);
    expect(opened.ok && [...opened.contents]).toEqual([1, 2, 3]);
  });

  it('elk gewijzigd byte, elk ander wachtwoord: niet te openen', async () => {
    const file = await seal(
      new Uint8Array(64).fill(7),
      'het juiste wachtwoord',
      FORMAT,
      {},
      ROUNDS,
    );
    await fc.assert(
      fc.asyncProperty(fc.nat(file.length - 1), fc.integer({ min: 1, max: 255 }), async (at, x) => {
        const changed = file.slice();
        changed[at] = (changed[at] as number) ^ x;
        const opened = await unseal(changed, 'het juiste wachtwoord', FORMAT);
        expect(opened.ok).toBe(false);
      }),
      { numRuns: 12 },
    );
    expect(await unseal(file, 'het juiste wachtwoord!', FORMAT)).toEqual({
      ok: false,
      reason: 'wrong_passphrase',
    });
  });

  it('geen verzegeld bestand, een ander formaat of te weinig rondes: not_sealed', async () => {
    expect(sealedHeader(new TextEncoder().encode('{"format":"proef"}'), FORMAT)).toBeNull();
    const file = await seal(new Uint8Array([1]), 'het juiste wachtwoord', FORMAT, {}, ROUNDS);
    expect(sealedHeader(file, 'ander')).toBeNull();
    const weak = await seal(new Uint8Array([1]), 'het juiste wachtwoord', FORMAT, {}, 1000);
    expect(await unseal(weak, 'het juiste wachtwoord', FORMAT)).toEqual({
      ok: false,
      reason: 'not_sealed',
    });
  });
});
