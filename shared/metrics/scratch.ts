/**
 * Where a pass gets the arrays that live for one call (masks, per-trajectory durations and
 * cost, sort counts). `fresh` makes new ones; an engine's `Scratch` lends the same memory
 * again on the next call. Each array comes zero-filled.
 */
export interface Lender {
  int32(name: string, length: number): Int32Array;
  float64(name: string, length: number): Float64Array;
  uint8(name: string, length: number): Uint8Array;
}

/** New arrays every time: for results that outlive the call (caches, the steering figures). */
export const fresh: Lender = {
  int32: (_name, length) => new Int32Array(length),
  float64: (_name, length) => new Float64Array(length),
  uint8: (_name, length) => new Uint8Array(length),
};

/**
 * Arrays lent by name and lent again on the next call: at ten million allocations a filter
 * change otherwise allocates ~300 MB that lives for one call, and V8 answers every 64 MB of
 * new array buffers with a full collection, which marks the whole heap (docs/performance.md,
 * "Memory a call borrows"). What is lent under a name is valid until that name is lent again.
 */
export class Scratch implements Lender {
  private readonly buffers = new Map<string, ArrayBuffer>();

  int32(name: string, length: number): Int32Array {
    return new Int32Array(this.buffer(name, length * 4), 0, length).fill(0);
  }
  float64(name: string, length: number): Float64Array {
    return new Float64Array(this.buffer(name, length * 8), 0, length).fill(0);
  }
  uint8(name: string, length: number): Uint8Array {
    return new Uint8Array(this.buffer(name, length), 0, length).fill(0);
  }

  /** The name's buffer, grown (with room for a little more) when it is too small. */
  private buffer(name: string, bytes: number): ArrayBuffer {
    let buffer = this.buffers.get(name);
    if (!buffer || buffer.byteLength < bytes) {
      buffer = new ArrayBuffer(Math.ceil(bytes * 1.125));
      this.buffers.set(name, buffer);
    }
    return buffer;
  }
}
