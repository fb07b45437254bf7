import { createHash, createHmac, webcrypto } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HmacSha256, sha256 } from '../../../shared/privacy/hmacSha256';
import { pseudonymiser } from '../../../shared/privacy/pseudonymise';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');
const bytesOf = (text: string) => new TextEncoder().encode(text);

describe('SHA-256 en HMAC-SHA-256', () => {
  it('FIPS 180-4: "abc" en de lege tekst', () => {
    expect(hex(sha256(bytesOf('abc')))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
    expect(hex(sha256(new Uint8Array(0)))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
  });

  it('RFC 4231, gevallen 1, 2 en 6 (een sleutel langer dan een blok)', () => {
    const mac = (key: Uint8Array, text: string) => hex(new HmacSha256(key).macBytes(bytesOf(text)));
    expect(mac(new Uint8Array(20).fill(0x0b), 'Hi There')).toBe(
      'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7',
    );
    expect(mac(bytesOf('Jefe'), 'what do ya want for nothing?')).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
    expect(
      mac(new Uint8Array(131).fill(0xaa), 'Test Using Larger Than Block-Size Key - Hash Key First'),
    ).toBe('60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54');
  });

  it('gelijk aan Node voor elke sleutel en elk bericht, rond de bloklengtes', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 150 }),
        fc.uint8Array({ maxLength: 200 }),
        (key, message) => {
          expect(hex(sha256(message))).toBe(createHash('sha256').update(message).digest('hex'));
          const hmac = new HmacSha256(key);
          const expected = createHmac('sha256', key).update(message).digest('hex');
          expect(hex(hmac.macBytes(message))).toBe(expected);
          // The same object again gives the same MAC: nothing of the last call stays behind.
          expect(hex(hmac.macBytes(message))).toBe(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('pseudoniemen', () => {
  it('dezelfde als Web Crypto gaf (werkruimtes van voor deze versie houden hun cliënten)', async () => {
    const key = new Uint8Array(32).map((_, i) => i * 7 + 3);
    const cryptoKey = await webcrypto.subtle.importKey(
      'raw',
      key,
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign'],
    );
    const pseudonym = pseudonymiser(key);
    for (const bsn of ['111222333', '123456782', '012345672', '999999990']) {
      const mac = new Uint8Array(await webcrypto.subtle.sign('HMAC', cryptoKey, bytesOf(bsn)));
      expect(pseudonym(bsn)).toBe(`ps_${hex(mac).slice(0, 32)}`);
    }
  });
});
