import { cbc, ecb } from '@noble/ciphers/aes.js';
import { sha1 } from '@noble/hashes/legacy.js';
import { sha256, sha384, sha512 } from '@noble/hashes/sha2.js';
import { CFB } from 'xlsx';
import { fail, ok, type Result } from '../result';

// A workbook saved with "Versleutelen met wachtwoord" is an OLE compound file with two
// streams: EncryptionInfo (how) and EncryptedPackage (the .xlsx, encrypted). ECMA-376
// part 2 (MS-OFFCRYPTO §2.3.4) defines two ways Excel writes them: agile (Excel 2010 and
// later: SHA-512, 100.000 rounds, AES-256 in CBC per 4096-byte segment) and standard
// (Excel 2007: SHA-1, 50.000 rounds, AES-128 in ECB). Hashes and AES come from the
// audited @noble libraries, which run the same in the browser's worker and in Node.

export type DecryptError = 'wrong_password' | 'encryption_unsupported';

/** The two streams of an encrypted OOXML package, or null when the file is not one. */
export function encryptedPackage(bytes: Uint8Array): { info: Uint8Array; data: Uint8Array } | null {
  try {
    const container = CFB.read(bytes, { type: 'array' });
    const info = CFB.find(container, 'EncryptionInfo')?.content;
    const data = CFB.find(container, 'EncryptedPackage')?.content;
    return info && data ? { info: Uint8Array.from(info), data: Uint8Array.from(data) } : null;
  } catch {
    return null;
  }
}

/**
 * The .xlsx inside an encrypted package (agile or standard encryption), or why not:
 * the password does not open it (its verifier does not match), or it is encrypted
 * another way (extensible encryption, a certificate only).
 */
export function decryptPackage(
  encrypted: { info: Uint8Array; data: Uint8Array },
  password: string,
): Result<Uint8Array, DecryptError> {
  const { info, data } = encrypted;
  if (info.length < 8) return fail('encryption_unsupported');
  const view = new DataView(info.buffer, info.byteOffset, info.byteLength);
  const major = view.getUint16(0, true);
  const minor = view.getUint16(2, true);
  const secret = utf16le(password);
  try {
    if (major === 4 && minor === 4) return agile(info, data, secret);
    if ((major === 3 || major === 4) && minor === 2) return standard(view, data, secret);
    return fail('encryption_unsupported');
  } finally {
    secret.fill(0);
  }
}

// Agile encryption (MS-OFFCRYPTO §2.3.4.10–§2.3.4.15).

type Hash = (data: Uint8Array) => Uint8Array;
const hashes: Record<string, Hash> = {
  SHA1: sha1,
  'SHA-1': sha1,
  SHA256: sha256,
  'SHA-256': sha256,
  SHA384: sha384,
  'SHA-384': sha384,
  SHA512: sha512,
  'SHA-512': sha512,
};

/** The block keys of §2.3.4.11–13: the verifier's input and hash, and the package key. */
const VERIFIER_INPUT = bytes(0xfe, 0xa7, 0xd2, 0x76, 0x3b, 0x4b, 0x9e, 0x79);
const VERIFIER_HASH = bytes(0xd7, 0xaa, 0x0f, 0x6d, 0x30, 0x61, 0x34, 0x4e);
const KEY_VALUE = bytes(0x14, 0x6e, 0x0b, 0xe7, 0xab, 0xac, 0xd0, 0xd6);
/** The package is encrypted in segments of this many bytes, each with its own IV. */
const SEGMENT = 4096;

interface KeyParameters {
  salt: Uint8Array;
  hash: Hash;
  hashSize: number;
  keyBytes: number;
  blockSize: number;
}

function agile(
  info: Uint8Array,
  data: Uint8Array,
  secret: Uint8Array,
): Result<Uint8Array, DecryptError> {
  const xml = new TextDecoder().decode(info.subarray(8));
  const keyData = parameters(attributes(xml, 'keyData'));
  // The password's key encryptor (a certificate's has no spin count).
  const encryptor = attributes(xml, 'encryptedKey', 'spinCount');
  if (!keyData || !encryptor) return fail('encryption_unsupported');
  const password = parameters(encryptor);
  const spinCount = Number(encryptor.spinCount);
  if (!password || !Number.isInteger(spinCount) || spinCount < 0 || spinCount > 10_000_000)
    return fail('encryption_unsupported');

  const base = spun(password.hash, password.salt, secret, spinCount);
  const keyFor = (blockKey: Uint8Array) =>
    fitted(password.hash(concat(base, blockKey)), password.keyBytes, 0x36);
  const decrypt = (key: Uint8Array, iv: Uint8Array, value: Uint8Array) =>
    cbc(key, fitted(iv, password.blockSize, 0x36), { disablePadding: true }).decrypt(
      blockAligned(value, password.blockSize),
    );
  const input = decrypt(
    keyFor(VERIFIER_INPUT),
    password.salt,
    base64(encryptor.encryptedVerifierHashInput),
  ).subarray(0, password.salt.length);
  const expected = decrypt(
    keyFor(VERIFIER_HASH),
    password.salt,
    base64(encryptor.encryptedVerifierHashValue),
  ).subarray(0, password.hashSize);
  if (!equal(password.hash(input), expected)) return fail('wrong_password');
  const key = decrypt(
    keyFor(KEY_VALUE),
    password.salt,
    base64(encryptor.encryptedKeyValue),
  ).subarray(0, keyData.keyBytes);

  const size = packageSize(data);
  const out = new Uint8Array(
    Math.ceil(Math.max(0, data.length - 8) / keyData.blockSize) * keyData.blockSize,
  );
  const index = new Uint8Array(4);
  for (let at = 8, segment = 0; at < data.length; at += SEGMENT, segment++) {
    new DataView(index.buffer).setUint32(0, segment, true);
    const iv = fitted(keyData.hash(concat(keyData.salt, index)), keyData.blockSize, 0x36);
    const part = blockAligned(
      data.subarray(at, Math.min(at + SEGMENT, data.length)),
      keyData.blockSize,
    );
    out.set(cbc(key, iv, { disablePadding: true }).decrypt(part), at - 8);
  }
  key.fill(0);
  return size <= out.length ? ok(out.subarray(0, size)) : fail('encryption_unsupported');
}

/** H(salt + password), then `spinCount` times H(i + H): the base of every key (§2.3.4.11). */
function spun(hash: Hash, salt: Uint8Array, secret: Uint8Array, spinCount: number): Uint8Array {
  let h = hash(concat(salt, secret));
  const round = new Uint8Array(4 + h.length);
  const counter = new DataView(round.buffer);
  for (let i = 0; i < spinCount; i++) {
    counter.setUint32(0, i, true);
    round.set(h, 4);
    h = hash(round);
  }
  return h;
}

/** An XML element's attributes (the first with `required` among them), by local name. */
function attributes(
  xml: string,
  element: string,
  required?: string,
): Record<string, string> | null {
  const pattern = new RegExp(`<(?:[\\w-]+:)?${element}\\b([^>]*)>`, 'g');
  for (const match of xml.matchAll(pattern)) {
    const out: Record<string, string> = {};
    for (const [, name, value] of (match[1] ?? '').matchAll(/([\w:-]+)="([^"]*)"/g))
      out[name as string] = value as string;
    if (!required || required in out) return out;
  }
  return null;
}

function parameters(a: Record<string, string> | null): KeyParameters | null {
  const hash = a ? hashes[a.hashAlgorithm ?? ''] : undefined;
  if (!a || !hash || a.cipherAlgorithm !== 'AES' || a.cipherChaining !== 'ChainingModeCBC')
    return null;
  const keyBits = Number(a.keyBits);
  const blockSize = Number(a.blockSize);
  if (![128, 192, 256].includes(keyBits) || blockSize !== 16) return null;
  return {
    salt: base64(a.saltValue),
    hash,
    hashSize: Number(a.hashSize) || hash(new Uint8Array()).length,
    keyBytes: keyBits / 8,
    blockSize,
  };
}

// Standard encryption (MS-OFFCRYPTO §2.3.4.5–§2.3.4.9).

const STANDARD_SPIN = 50_000;
/** AES-128, -192 and -256 (CALG_AES_*). */
const AES_IDS = new Set([0x660e, 0x660f, 0x6610]);

function standard(
  view: DataView,
  data: Uint8Array,
  secret: Uint8Array,
): Result<Uint8Array, DecryptError> {
  const headerSize = view.getUint32(8, true);
  const header = 12;
  const algorithm = view.getUint32(header + 8, true);
  const keyBits = view.getUint32(header + 16, true);
  if (!AES_IDS.has(algorithm) || ![128, 192, 256].includes(keyBits))
    return fail('encryption_unsupported');
  const verifier = header + headerSize;
  const saltSize = view.getUint32(verifier, true);
  const at = (offset: number, length: number) =>
    new Uint8Array(view.buffer, view.byteOffset + offset, length);
  const salt = at(verifier + 4, saltSize);
  const encryptedVerifier = at(verifier + 4 + saltSize, 16);
  const hashSize = view.getUint32(verifier + 20 + saltSize, true);
  const encryptedHash = at(verifier + 24 + saltSize, 32);

  // H0 … H50000, then H(H + block 0), stretched to the key size with the ipad/opad of §2.3.4.7.
  const h = sha1(concat(spun(sha1, salt, secret, STANDARD_SPIN), new Uint8Array(4)));
  const pad = (fill: number) => sha1(new Uint8Array(64).fill(fill).map((b, i) => b ^ (h[i] ?? 0)));
  const key = concat(pad(0x36), pad(0x5c)).subarray(0, keyBits / 8);
  const aes = ecb(key, { disablePadding: true });
  const check = aes.decrypt(encryptedVerifier);
  if (!equal(sha1(check), aes.decrypt(encryptedHash).subarray(0, hashSize)))
    return fail('wrong_password');
  const size = packageSize(data);
  const out = aes.decrypt(blockAligned(data.subarray(8), 16));
  key.fill(0);
  return size <= out.length ? ok(out.subarray(0, size)) : fail('encryption_unsupported');
}

// Helpers.

/** The package's plain size: the stream's first 8 bytes (little-endian). */
function packageSize(data: Uint8Array): number {
  const view = new DataView(data.buffer, data.byteOffset, 8);
  return view.getUint32(0, true) + view.getUint32(4, true) * 2 ** 32;
}

/** Whole blocks: a stream may end in a few bytes more, which are not part of the cipher text. */
const blockAligned = (value: Uint8Array, blockSize: number): Uint8Array =>
  value.subarray(0, value.length - (value.length % blockSize));

/** Cut to `length`, or padded with `fill` up to it (§2.3.4.12). */
function fitted(value: Uint8Array, length: number, fill: number): Uint8Array {
  if (value.length >= length) return value.subarray(0, length);
  const out = new Uint8Array(length).fill(fill);
  out.set(value);
  return out;
}

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 * i] = code & 0xff;
    out[2 * i + 1] = code >> 8;
  }
  return out;
}

function base64(text: string | undefined): Uint8Array {
  const binary = atob(text ?? '');
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length < b.length || b.length === 0) return false;
  let diff = 0;
  for (let i = 0; i < b.length; i++) diff |= (a[i] as number) ^ (b[i] as number);
  return diff === 0;
}

function bytes(...values: number[]): Uint8Array {
  return Uint8Array.from(values);
}
