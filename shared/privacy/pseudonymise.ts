import { normaliseBsn } from './bsn';
import { HmacSha256 } from './hmacSha256';

/** Prefix of every pseudonym, so a stored identifier shows what it is. */
export const pseudonymPrefix = 'ps_';

/**
 * Replaces every value written as a BSN (`normaliseBsn` finds nine digits in it;
 * valid or not) by a keyed hash of its nine digits (HMAC-SHA-256 with the
 * workspace key, first 128 bits as hex). Other identifiers pass through
 * unchanged. The same BSN, however written, and key always give the same
 * pseudonym; without the key it cannot be reversed or recomputed.
 */
export function pseudonymiser(key: Uint8Array): (id: string) => string {
  const ofBsn = bsnPseudonymiser(key);
  const ascii = new TextDecoder();
  return (id: string) => {
    const bsn = normaliseBsn(id);
    return bsn === null ? id : ascii.decode(ofBsn(Number(bsn)));
  };
}

/**
 * `pseudonymiser` for a BSN already read as a number (its nine digits), as the pseudonym's
 * ASCII bytes: a buffer the next call overwrites (a dictionary of them packs the bytes,
 * without a string per client).
 */
export function bsnPseudonymiser(key: Uint8Array): (bsn: number) => Uint8Array {
  const hmac = new HmacSha256(key);
  const digits = new Uint8Array(9);
  const out = new Uint8Array(pseudonymPrefix.length + 32);
  for (let i = 0; i < pseudonymPrefix.length; i++) out[i] = pseudonymPrefix.charCodeAt(i);
  return (bsn: number) => {
    // The nine digits as ASCII, leading zeros too.
    for (let i = 8, rest = bsn; i >= 0; i--) {
      const next = (rest / 10) | 0;
      digits[i] = 48 + rest - next * 10;
      rest = next;
    }
    const mac = hmac.mac(digits);
    // The first 128 bits as hex (Number#toString(16) took twice as long as the hash).
    let at = pseudonymPrefix.length;
    for (let k = 0; k < 4; k++) {
      const word = mac[k] as number;
      // Two hex digits per byte, from a table.
      for (let shift = 24; shift >= 0; shift -= 8) {
        const pair = HEX_PAIRS[(word >>> shift) & 255] as number;
        out[at++] = pair >>> 8;
        out[at++] = pair & 255;
      }
    }
    return out;
  };
}

/** Per byte, the char codes of its two hex digits (high · 256 + low). */
const HEX_PAIRS = Uint16Array.from({ length: 256 }, (_, b) => {
  const hex = b.toString(16).padStart(2, '0');
  return hex.charCodeAt(0) * 256 + hex.charCodeAt(1);
});

/** A fresh random 256-bit workspace key. */
export function newPseudonymKey(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(32));
}
