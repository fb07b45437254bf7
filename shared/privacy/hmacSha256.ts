/**
 * HMAC-SHA-256 (RFC 2104 over FIPS 180-4), synchronous, for many short messages under
 * one key: what pseudonymising a file's BSNs needs. Web Crypto gives the same MAC, but
 * each `sign` is a promise and a hop to another thread, some 20 µs a BSN: the six million
 * clients of a 10M-row file would take two minutes. Here the key's two padded blocks are
 * hashed once, so a BSN costs two compressions and no allocation (docs/performance.md,
 * "The import at scale").
 */

// biome-ignore format: the constants in rows of eight, as the standard prints them
/** The first 32 bits of the fractional parts of the cube roots of the first 64 primes. */
const K = Int32Array.of(
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
);

// biome-ignore format: the constants in rows of eight, as the standard prints them
/** The first 32 bits of the fractional parts of the square roots of the first 8 primes. */
const IV = Int32Array.of(
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
);

const BLOCK = 64;

/** One compression: `w[0..15]` (a block as big-endian words) into `state`; uses `w[16..63]`. */
function compress(state: Int32Array, w: Int32Array): void {
  for (let t = 16; t < 64; t++) {
    const w15 = w[t - 15] as number;
    const w2 = w[t - 2] as number;
    const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
    const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
    w[t] = ((w[t - 16] as number) + s0 + (w[t - 7] as number) + s1) | 0;
  }
  let a = state[0] as number;
  let b = state[1] as number;
  let c = state[2] as number;
  let d = state[3] as number;
  let e = state[4] as number;
  let f = state[5] as number;
  let g = state[6] as number;
  let h = state[7] as number;
  for (let t = 0; t < 64; t++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const t1 = (h + S1 + ((e & f) ^ (~e & g)) + (K[t] as number) + (w[t] as number)) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  state[0] = ((state[0] as number) + a) | 0;
  state[1] = ((state[1] as number) + b) | 0;
  state[2] = ((state[2] as number) + c) | 0;
  state[3] = ((state[3] as number) + d) | 0;
  state[4] = ((state[4] as number) + e) | 0;
  state[5] = ((state[5] as number) + f) | 0;
  state[6] = ((state[6] as number) + g) | 0;
  state[7] = ((state[7] as number) + h) | 0;
}

/**
 * Hashes `bytes[0..length)` onto `state` (already set to where it starts), as the end of
 * a message that had `before` bytes (whole blocks) before it: its blocks, then the padding.
 */
function finish(
  state: Int32Array,
  w: Int32Array,
  bytes: Uint8Array,
  length: number,
  before: number,
): void {
  let at = 0;
  for (; at + BLOCK <= length; at += BLOCK) {
    for (let k = 0; k < 16; k++) {
      const i = at + 4 * k;
      w[k] =
        ((bytes[i] as number) << 24) |
        ((bytes[i + 1] as number) << 16) |
        ((bytes[i + 2] as number) << 8) |
        (bytes[i + 3] as number);
    }
    compress(state, w);
  }
  w.fill(0, 0, 16);
  for (let i = at; i < length; i++)
    w[(i - at) >> 2] =
      (w[(i - at) >> 2] as number) | ((bytes[i] as number) << (24 - 8 * ((i - at) & 3)));
  const rest = length - at;
  w[rest >> 2] = (w[rest >> 2] as number) | (0x80 << (24 - 8 * (rest & 3)));
  if (rest >= BLOCK - 8) {
    compress(state, w);
    w.fill(0, 0, 16);
  }
  const bits = (before + length) * 8;
  w[14] = Math.floor(bits / 2 ** 32);
  w[15] = bits >>> 0;
  compress(state, w);
}

/** SHA-256 of a message, as 32 bytes. */
export function sha256(message: Uint8Array): Uint8Array {
  const state = Int32Array.from(IV);
  finish(state, new Int32Array(64), message, message.length, 0);
  return wordsToBytes(state);
}

function wordsToBytes(words: Int32Array): Uint8Array {
  const out = new Uint8Array(4 * words.length);
  for (let k = 0; k < words.length; k++) {
    const v = words[k] as number;
    out[4 * k] = v >>> 24;
    out[4 * k + 1] = (v >>> 16) & 0xff;
    out[4 * k + 2] = (v >>> 8) & 0xff;
    out[4 * k + 3] = v & 0xff;
  }
  return out;
}

/** HMAC-SHA-256 under one key; `mac` may be called any number of times. */
export class HmacSha256 {
  /** The hash state after the key's inner (0x36) and outer (0x5c) padded block. */
  private readonly inner = new Int32Array(8);
  private readonly outer = new Int32Array(8);
  private readonly state = new Int32Array(8);
  private readonly w = new Int32Array(64);

  constructor(key: Uint8Array) {
    const block = new Uint8Array(BLOCK);
    block.set(key.length > BLOCK ? sha256(key) : key);
    for (const [start, pad] of [
      [this.inner, 0x36],
      [this.outer, 0x5c],
    ] as const) {
      start.set(IV);
      for (let k = 0; k < 16; k++) {
        let word = 0;
        for (let b = 0; b < 4; b++) word = (word << 8) | ((block[4 * k + b] as number) ^ pad);
        this.w[k] = word;
      }
      compress(start, this.w);
    }
  }

  /** The MAC of `bytes[0..length)` as eight big-endian words: a view the next call overwrites. */
  mac(bytes: Uint8Array, length = bytes.length): Int32Array {
    const { state, w } = this;
    state.set(this.inner);
    finish(state, w, bytes, length, BLOCK);
    // The outer hash of the inner one: 32 bytes, the padding and the length in one block.
    for (let k = 0; k < 8; k++) w[k] = state[k] as number;
    w[8] = 0x80000000 | 0;
    w.fill(0, 9, 15);
    w[15] = (BLOCK + 32) * 8;
    state.set(this.outer);
    compress(state, w);
    return state;
  }

  /** The MAC as 32 bytes. */
  macBytes(bytes: Uint8Array): Uint8Array {
    return wordsToBytes(this.mac(bytes));
  }
}
