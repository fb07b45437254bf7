import { normaliseBsn } from './bsn';

/** Prefix of every pseudonym, so a stored identifier shows what it is. */
export const pseudonymPrefix = 'ps_';

const hex = (buffer: ArrayBuffer) =>
  Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');

/**
 * Replaces every value written as a BSN (`looksLikeBsn`, valid or not) by a
 * keyed hash of its nine digits (HMAC-SHA-256 with the workspace key, first 128
 * bits as hex). Other identifiers pass through unchanged. The same BSN, however
 * written, and key always give the same pseudonym; without the key it cannot be
 * reversed or recomputed.
 */
export async function pseudonymiser(key: Uint8Array): Promise<(id: string) => Promise<string>> {
  const cryptoKey = await crypto.subtle.importKey(
    'raw',
    new Uint8Array(key),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const encoder = new TextEncoder();
  const cache = new Map<string, string>();
  return async (id: string) => {
    const bsn = normaliseBsn(id);
    if (bsn === null) return id;
    const known = cache.get(bsn);
    if (known) return known;
    const mac = await crypto.subtle.sign('HMAC', cryptoKey, encoder.encode(bsn));
    const pseudonym = pseudonymPrefix + hex(mac).slice(0, 32);
    cache.set(bsn, pseudonym);
    return pseudonym;
  };
}

/** A fresh random 256-bit workspace key. */
export function newPseudonymKey(): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(32));
}
