import { fromBase64, toBase64 } from '../base64';

/**
 * A file sealed with a passphrase: one line of JSON that says what it is and
 * how it was sealed, then the ciphertext. The key comes from the passphrase by
 * PBKDF2-SHA-256 with a random salt; the contents are AES-256-GCM, which also
 * authenticates them and the header line (its additional data), so a wrong
 * passphrase, a damaged byte or an edited header all fail to open.
 */
export interface SealedHeader {
  format: string;
  sealed: 1;
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  cipher: { name: 'AES-GCM'; length: 256; iv: string };
  /** Whatever the format adds (version, creation time): readable without the passphrase. */
  [extra: string]: unknown;
}

/** PBKDF2 iterations for new files (OWASP's advice for PBKDF2-HMAC-SHA-256, 2023). */
export const SEAL_ITERATIONS = 600_000;

/** Fewer iterations than this are refused when opening: a file must not lower the cost of guessing. */
const MIN_ITERATIONS = 100_000;
/** The header line is short; a file without a line break this early is not sealed. */
const MAX_HEADER = 4096;
const NEWLINE = 0x0a;

/** Bytes as Web Crypto's DOM typing wants them (never a SharedArrayBuffer here). */
const buffer = (bytes: Uint8Array) => bytes as Uint8Array<ArrayBuffer>;

async function keyFrom(
  passphrase: string,
  salt: Uint8Array,
  iterations: number,
  usage: 'encrypt' | 'decrypt',
) {
  const base = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(passphrase.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveKey'],
  );
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: buffer(salt), iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}

/** `contents` sealed with `passphrase`; `extra` goes into the readable header. */
export async function seal(
  contents: Uint8Array,
  passphrase: string,
  format: string,
  extra: Record<string, unknown> = {},
  iterations = SEAL_ITERATIONS,
): Promise<Uint8Array> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const header: SealedHeader = {
    ...extra,
    format,
    sealed: 1,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64(salt) },
    cipher: { name: 'AES-GCM', length: 256, iv: toBase64(iv) },
  };
  const line = new TextEncoder().encode(`${JSON.stringify(header)}\n`);
  const key = await keyFrom(passphrase, salt, iterations, 'encrypt');
  const cipher = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: buffer(line) },
      key,
      buffer(contents),
    ),
  );
  const out = new Uint8Array(line.length + cipher.length);
  out.set(line);
  out.set(cipher, line.length);
  return out;
}

/** The header of a sealed file of `format`, or null when the bytes are not one. */
export function sealedHeader(bytes: Uint8Array, format: string): SealedHeader | null {
  const end = bytes.subarray(0, MAX_HEADER).indexOf(NEWLINE);
  if (end < 0) return null;
  let header: Partial<SealedHeader>;
  try {
    header = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end)));
  } catch {
    return null;
  }
  const valid =
    header?.format === format &&
    header.sealed === 1 &&
    header.kdf?.name === 'PBKDF2' &&
    header.kdf.hash === 'SHA-256' &&
    Number.isSafeInteger(header.kdf.iterations) &&
    typeof header.kdf.salt === 'string' &&
    header.cipher?.name === 'AES-GCM' &&
    typeof header.cipher.iv === 'string';
  return valid ? (header as SealedHeader) : null;
}

export type Unsealed =
  | { ok: true; header: SealedHeader; contents: Uint8Array }
  | { ok: false; reason: 'not_sealed' | 'wrong_passphrase' };

/**
 * The contents of a sealed file. A wrong passphrase and a damaged file cannot
 * be told apart (either fails authentication): both are `wrong_passphrase`.
 */
export async function unseal(
  bytes: Uint8Array,
  passphrase: string,
  format: string,
): Promise<Unsealed> {
  const header = sealedHeader(bytes, format);
  if (!header || header.kdf.iterations < MIN_ITERATIONS) return { ok: false, reason: 'not_sealed' };
  const split = bytes.indexOf(NEWLINE) + 1;
  try {
    const key = await keyFrom(
      passphrase,
      fromBase64(header.kdf.salt),
      header.kdf.iterations,
      'decrypt',
    );
    const plain = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: buffer(fromBase64(header.cipher.iv)),
        additionalData: buffer(bytes.subarray(0, split)),
      },
      key,
      buffer(bytes.subarray(split)),
    );
    return { ok: true, header, contents: new Uint8Array(plain) };
  } catch {
    return { ok: false, reason: 'wrong_passphrase' };
  }
}
