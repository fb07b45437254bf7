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

/**
 * One compression: the block `w[0..15]` (big-endian words) into `state`. Sixteen rounds are
 * written out and the schedule's sixteen words are locals: V8 keeps them in registers, where
 * a loop over 64 rounds read and wrote the schedule in a typed array, 1,6 times as slow
 * (docs/performance.md, "The import at scale").
 */
// biome-ignore format: one line per schedule word and per round step
function compress(state: Int32Array, w: Int32Array): void {
  let w0 = w[0] as number;
  let w1 = w[1] as number;
  let w2 = w[2] as number;
  let w3 = w[3] as number;
  let w4 = w[4] as number;
  let w5 = w[5] as number;
  let w6 = w[6] as number;
  let w7 = w[7] as number;
  let w8 = w[8] as number;
  let w9 = w[9] as number;
  let w10 = w[10] as number;
  let w11 = w[11] as number;
  let w12 = w[12] as number;
  let w13 = w[13] as number;
  let w14 = w[14] as number;
  let w15 = w[15] as number;
  let a = state[0] as number;
  let b = state[1] as number;
  let c = state[2] as number;
  let d = state[3] as number;
  let e = state[4] as number;
  let f = state[5] as number;
  let g = state[6] as number;
  let h = state[7] as number;
  for (let t = 0; t < 64; t += 16) {
    if (t > 0) {
      // W[t + i] = σ1(W[t + i − 2]) + W[t + i − 7] + σ0(W[t + i − 15]) + W[t + i − 16], in place.
      w0 = (w0 + (((w1 >>> 7) | (w1 << 25)) ^ ((w1 >>> 18) | (w1 << 14)) ^ (w1 >>> 3)) + w9 + (((w14 >>> 17) | (w14 << 15)) ^ ((w14 >>> 19) | (w14 << 13)) ^ (w14 >>> 10))) | 0;
      w1 = (w1 + (((w2 >>> 7) | (w2 << 25)) ^ ((w2 >>> 18) | (w2 << 14)) ^ (w2 >>> 3)) + w10 + (((w15 >>> 17) | (w15 << 15)) ^ ((w15 >>> 19) | (w15 << 13)) ^ (w15 >>> 10))) | 0;
      w2 = (w2 + (((w3 >>> 7) | (w3 << 25)) ^ ((w3 >>> 18) | (w3 << 14)) ^ (w3 >>> 3)) + w11 + (((w0 >>> 17) | (w0 << 15)) ^ ((w0 >>> 19) | (w0 << 13)) ^ (w0 >>> 10))) | 0;
      w3 = (w3 + (((w4 >>> 7) | (w4 << 25)) ^ ((w4 >>> 18) | (w4 << 14)) ^ (w4 >>> 3)) + w12 + (((w1 >>> 17) | (w1 << 15)) ^ ((w1 >>> 19) | (w1 << 13)) ^ (w1 >>> 10))) | 0;
      w4 = (w4 + (((w5 >>> 7) | (w5 << 25)) ^ ((w5 >>> 18) | (w5 << 14)) ^ (w5 >>> 3)) + w13 + (((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10))) | 0;
      w5 = (w5 + (((w6 >>> 7) | (w6 << 25)) ^ ((w6 >>> 18) | (w6 << 14)) ^ (w6 >>> 3)) + w14 + (((w3 >>> 17) | (w3 << 15)) ^ ((w3 >>> 19) | (w3 << 13)) ^ (w3 >>> 10))) | 0;
      w6 = (w6 + (((w7 >>> 7) | (w7 << 25)) ^ ((w7 >>> 18) | (w7 << 14)) ^ (w7 >>> 3)) + w15 + (((w4 >>> 17) | (w4 << 15)) ^ ((w4 >>> 19) | (w4 << 13)) ^ (w4 >>> 10))) | 0;
      w7 = (w7 + (((w8 >>> 7) | (w8 << 25)) ^ ((w8 >>> 18) | (w8 << 14)) ^ (w8 >>> 3)) + w0 + (((w5 >>> 17) | (w5 << 15)) ^ ((w5 >>> 19) | (w5 << 13)) ^ (w5 >>> 10))) | 0;
      w8 = (w8 + (((w9 >>> 7) | (w9 << 25)) ^ ((w9 >>> 18) | (w9 << 14)) ^ (w9 >>> 3)) + w1 + (((w6 >>> 17) | (w6 << 15)) ^ ((w6 >>> 19) | (w6 << 13)) ^ (w6 >>> 10))) | 0;
      w9 = (w9 + (((w10 >>> 7) | (w10 << 25)) ^ ((w10 >>> 18) | (w10 << 14)) ^ (w10 >>> 3)) + w2 + (((w7 >>> 17) | (w7 << 15)) ^ ((w7 >>> 19) | (w7 << 13)) ^ (w7 >>> 10))) | 0;
      w10 = (w10 + (((w11 >>> 7) | (w11 << 25)) ^ ((w11 >>> 18) | (w11 << 14)) ^ (w11 >>> 3)) + w3 + (((w8 >>> 17) | (w8 << 15)) ^ ((w8 >>> 19) | (w8 << 13)) ^ (w8 >>> 10))) | 0;
      w11 = (w11 + (((w12 >>> 7) | (w12 << 25)) ^ ((w12 >>> 18) | (w12 << 14)) ^ (w12 >>> 3)) + w4 + (((w9 >>> 17) | (w9 << 15)) ^ ((w9 >>> 19) | (w9 << 13)) ^ (w9 >>> 10))) | 0;
      w12 = (w12 + (((w13 >>> 7) | (w13 << 25)) ^ ((w13 >>> 18) | (w13 << 14)) ^ (w13 >>> 3)) + w5 + (((w10 >>> 17) | (w10 << 15)) ^ ((w10 >>> 19) | (w10 << 13)) ^ (w10 >>> 10))) | 0;
      w13 = (w13 + (((w14 >>> 7) | (w14 << 25)) ^ ((w14 >>> 18) | (w14 << 14)) ^ (w14 >>> 3)) + w6 + (((w11 >>> 17) | (w11 << 15)) ^ ((w11 >>> 19) | (w11 << 13)) ^ (w11 >>> 10))) | 0;
      w14 = (w14 + (((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3)) + w7 + (((w12 >>> 17) | (w12 << 15)) ^ ((w12 >>> 19) | (w12 << 13)) ^ (w12 >>> 10))) | 0;
      w15 = (w15 + (((w0 >>> 7) | (w0 << 25)) ^ ((w0 >>> 18) | (w0 << 14)) ^ (w0 >>> 3)) + w8 + (((w13 >>> 17) | (w13 << 15)) ^ ((w13 >>> 19) | (w13 << 13)) ^ (w13 >>> 10))) | 0;
    }
    // Round t + r: the names turn instead of the values (h is the new a, d the new e).
    let t1: number;
    t1 = (h + (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))) + (g ^ (e & (f ^ g))) + (K[t + 0] as number) + w0) | 0;
    d = (d + t1) | 0;
    h = (t1 + (((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))) + ((a & b) | (c & (a | b)))) | 0;
    t1 = (g + (((d >>> 6) | (d << 26)) ^ ((d >>> 11) | (d << 21)) ^ ((d >>> 25) | (d << 7))) + (f ^ (d & (e ^ f))) + (K[t + 1] as number) + w1) | 0;
    c = (c + t1) | 0;
    g = (t1 + (((h >>> 2) | (h << 30)) ^ ((h >>> 13) | (h << 19)) ^ ((h >>> 22) | (h << 10))) + ((h & a) | (b & (h | a)))) | 0;
    t1 = (f + (((c >>> 6) | (c << 26)) ^ ((c >>> 11) | (c << 21)) ^ ((c >>> 25) | (c << 7))) + (e ^ (c & (d ^ e))) + (K[t + 2] as number) + w2) | 0;
    b = (b + t1) | 0;
    f = (t1 + (((g >>> 2) | (g << 30)) ^ ((g >>> 13) | (g << 19)) ^ ((g >>> 22) | (g << 10))) + ((g & h) | (a & (g | h)))) | 0;
    t1 = (e + (((b >>> 6) | (b << 26)) ^ ((b >>> 11) | (b << 21)) ^ ((b >>> 25) | (b << 7))) + (d ^ (b & (c ^ d))) + (K[t + 3] as number) + w3) | 0;
    a = (a + t1) | 0;
    e = (t1 + (((f >>> 2) | (f << 30)) ^ ((f >>> 13) | (f << 19)) ^ ((f >>> 22) | (f << 10))) + ((f & g) | (h & (f | g)))) | 0;
    t1 = (d + (((a >>> 6) | (a << 26)) ^ ((a >>> 11) | (a << 21)) ^ ((a >>> 25) | (a << 7))) + (c ^ (a & (b ^ c))) + (K[t + 4] as number) + w4) | 0;
    h = (h + t1) | 0;
    d = (t1 + (((e >>> 2) | (e << 30)) ^ ((e >>> 13) | (e << 19)) ^ ((e >>> 22) | (e << 10))) + ((e & f) | (g & (e | f)))) | 0;
    t1 = (c + (((h >>> 6) | (h << 26)) ^ ((h >>> 11) | (h << 21)) ^ ((h >>> 25) | (h << 7))) + (b ^ (h & (a ^ b))) + (K[t + 5] as number) + w5) | 0;
    g = (g + t1) | 0;
    c = (t1 + (((d >>> 2) | (d << 30)) ^ ((d >>> 13) | (d << 19)) ^ ((d >>> 22) | (d << 10))) + ((d & e) | (f & (d | e)))) | 0;
    t1 = (b + (((g >>> 6) | (g << 26)) ^ ((g >>> 11) | (g << 21)) ^ ((g >>> 25) | (g << 7))) + (a ^ (g & (h ^ a))) + (K[t + 6] as number) + w6) | 0;
    f = (f + t1) | 0;
    b = (t1 + (((c >>> 2) | (c << 30)) ^ ((c >>> 13) | (c << 19)) ^ ((c >>> 22) | (c << 10))) + ((c & d) | (e & (c | d)))) | 0;
    t1 = (a + (((f >>> 6) | (f << 26)) ^ ((f >>> 11) | (f << 21)) ^ ((f >>> 25) | (f << 7))) + (h ^ (f & (g ^ h))) + (K[t + 7] as number) + w7) | 0;
    e = (e + t1) | 0;
    a = (t1 + (((b >>> 2) | (b << 30)) ^ ((b >>> 13) | (b << 19)) ^ ((b >>> 22) | (b << 10))) + ((b & c) | (d & (b | c)))) | 0;
    t1 = (h + (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))) + (g ^ (e & (f ^ g))) + (K[t + 8] as number) + w8) | 0;
    d = (d + t1) | 0;
    h = (t1 + (((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10))) + ((a & b) | (c & (a | b)))) | 0;
    t1 = (g + (((d >>> 6) | (d << 26)) ^ ((d >>> 11) | (d << 21)) ^ ((d >>> 25) | (d << 7))) + (f ^ (d & (e ^ f))) + (K[t + 9] as number) + w9) | 0;
    c = (c + t1) | 0;
    g = (t1 + (((h >>> 2) | (h << 30)) ^ ((h >>> 13) | (h << 19)) ^ ((h >>> 22) | (h << 10))) + ((h & a) | (b & (h | a)))) | 0;
    t1 = (f + (((c >>> 6) | (c << 26)) ^ ((c >>> 11) | (c << 21)) ^ ((c >>> 25) | (c << 7))) + (e ^ (c & (d ^ e))) + (K[t + 10] as number) + w10) | 0;
    b = (b + t1) | 0;
    f = (t1 + (((g >>> 2) | (g << 30)) ^ ((g >>> 13) | (g << 19)) ^ ((g >>> 22) | (g << 10))) + ((g & h) | (a & (g | h)))) | 0;
    t1 = (e + (((b >>> 6) | (b << 26)) ^ ((b >>> 11) | (b << 21)) ^ ((b >>> 25) | (b << 7))) + (d ^ (b & (c ^ d))) + (K[t + 11] as number) + w11) | 0;
    a = (a + t1) | 0;
    e = (t1 + (((f >>> 2) | (f << 30)) ^ ((f >>> 13) | (f << 19)) ^ ((f >>> 22) | (f << 10))) + ((f & g) | (h & (f | g)))) | 0;
    t1 = (d + (((a >>> 6) | (a << 26)) ^ ((a >>> 11) | (a << 21)) ^ ((a >>> 25) | (a << 7))) + (c ^ (a & (b ^ c))) + (K[t + 12] as number) + w12) | 0;
    h = (h + t1) | 0;
    d = (t1 + (((e >>> 2) | (e << 30)) ^ ((e >>> 13) | (e << 19)) ^ ((e >>> 22) | (e << 10))) + ((e & f) | (g & (e | f)))) | 0;
    t1 = (c + (((h >>> 6) | (h << 26)) ^ ((h >>> 11) | (h << 21)) ^ ((h >>> 25) | (h << 7))) + (b ^ (h & (a ^ b))) + (K[t + 13] as number) + w13) | 0;
    g = (g + t1) | 0;
    c = (t1 + (((d >>> 2) | (d << 30)) ^ ((d >>> 13) | (d << 19)) ^ ((d >>> 22) | (d << 10))) + ((d & e) | (f & (d | e)))) | 0;
    t1 = (b + (((g >>> 6) | (g << 26)) ^ ((g >>> 11) | (g << 21)) ^ ((g >>> 25) | (g << 7))) + (a ^ (g & (h ^ a))) + (K[t + 14] as number) + w14) | 0;
    f = (f + t1) | 0;
    b = (t1 + (((c >>> 2) | (c << 30)) ^ ((c >>> 13) | (c << 19)) ^ ((c >>> 22) | (c << 10))) + ((c & d) | (e & (c | d)))) | 0;
    t1 = (a + (((f >>> 6) | (f << 26)) ^ ((f >>> 11) | (f << 21)) ^ ((f >>> 25) | (f << 7))) + (h ^ (f & (g ^ h))) + (K[t + 15] as number) + w15) | 0;
    e = (e + t1) | 0;
    a = (t1 + (((b >>> 2) | (b << 30)) ^ ((b >>> 13) | (b << 19)) ^ ((b >>> 22) | (b << 10))) + ((b & c) | (d & (b | c)))) | 0;
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
  finish(state, new Int32Array(16), message, message.length, 0);
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
  private readonly w = new Int32Array(16);

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
