import { normaliseBsn } from './bsn';
import { HmacSha256 } from './hmacSha256';

/** Prefix of every pseudonym, so a stored identifier shows what it is. */
export const pseudonymPrefix = 'ps_';

/**
 * Replaces every value written as a BSN (`looksLikeBsn`, valid or not) by a
 * keyed hash of its nine digits (HMAC-SHA-256 with the workspace key, first 128
 * bits as hex). Other identifiers pass through unchanged. The same BSN, however
 * written, and key always give the same pseudonym; without the key it cannot be
 * reversed or recomputed.
 */
export function pseudonymiser(key: Uint8Array): (id: string) => string {
  const ofBsn = bsnPseudonymiser(key);
  return (id: string) => {
    const bsn = normaliseBsn(id);
    return bsn === null ? id : ofBsn(Number(bsn));
  };
}

/** `pseudonymiser` for a BSN already read as a number (its nine digits). */
export function bsnPseudonymiser(key: Uint8Array): (bsn: number) => string {
  const hmac = new HmacSha256(key);
  const digits = new Uint8Array(9);
  // The pseudonym's characters, written in place and read as one string.
  const out = new Uint8Array(pseudonymPrefix.length + 32);
  for (let i = 0; i < pseudonymPrefix.length; i++) out[i] = pseudonymPrefix.charCodeAt(i);
  const ascii = new TextDecoder();
  return (bsn: number) => {
    // The nine digits as ASCII, leading zeros too.
    for (let i = 8, rest = bsn; i >= 0; i--, rest = Math.floor(rest / 10))
      digits[i] = 48 + (rest % 10);
    const mac = hmac.mac(digits);
    // The first 128 bits as hex (Number#toString(16) took twice as long as the hash).
    let at = pseudonymPrefix.length;
    for (let k = 0; k < 4; k++) {
      const word = mac[k] as number;
      for (let shift = 28; shift >= 0; shift -= 4) out[at++] = HEX[(word >>> shift) & 15] as number;
    }
    return ascii.decode(out);
  };
}

/** The char codes of 0–9 and a–f. */
const HEX = Uint8Array.from('0123456789abcdef', (ch) => ch.charCodeAt(0));

/** A fresh random 256-bit workspace key. */
export function newPseudonymKey(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(32));
}
