/**
 * A list of strings held as a few long texts and where each string ends in its text. A
 * dictionary of two million client codes as a `string[]` is two million objects that
 * every full garbage collection marks (at 10M allocations some 200 MB of heap, a quarter
 * of a second per collection); as `Strings` it is a handful of texts and two typed
 * arrays (docs/performance.md, "Client codes off the heap"). A string is made when asked
 * for (`at`, iteration), and dropped by the caller.
 */
export class Strings implements Iterable<string> {
  private constructor(
    /** The strings one after another, cut into texts; a string is never split. */
    private readonly texts: readonly string[],
    /** Per text, the index of its first string. */
    private readonly firsts: Int32Array,
    /** Per string, where it ends in its text. */
    private readonly ends: Int32Array,
  ) {}

  static readonly empty = new Strings([], new Int32Array(0), new Int32Array(0));

  /** Packs a list (as read, or as a dictionary collected it). */
  static from(values: readonly string[]): Strings {
    if (values.length === 0) return Strings.empty;
    const packer = new StringsPacker(values.length);
    for (const value of values) packer.push(value);
    return packer.done();
  }

  /** @internal For `StringsPacker`. */
  static of(texts: readonly string[], firsts: Int32Array, ends: Int32Array): Strings {
    return new Strings(texts, firsts, ends);
  }

  /**
   * A stored list back: as `stored()` wrote it, or a plain array (batches stored before
   * dictionaries were packed, and backups). The same stored object gives the same `Strings`,
   * so tables that shared a dictionary when stored share it again.
   */
  static revive(stored: StoredStrings | readonly string[] | undefined): Strings {
    if (!stored) return Strings.empty;
    let strings = revived.get(stored);
    if (!strings) {
      if (Array.isArray(stored)) strings = Strings.from(stored);
      else {
        const { texts, firsts, ends } = stored as StoredStrings;
        strings = new Strings(texts, firsts, ends);
        // Stored again, it is the same object.
        strings.storedForm = stored as StoredStrings;
      }
      revived.set(stored, strings);
    }
    return strings;
  }

  get length(): number {
    return this.ends.length;
  }

  /** The i-th string (0 ≤ i < length). */
  at(i: number): string {
    const t = this.textOf(i);
    const from = i === this.firsts[t] ? 0 : (this.ends[i - 1] as number);
    return (this.texts[t] as string).slice(from, this.ends[i] as number);
  }

  *[Symbol.iterator](): Iterator<string> {
    for (let t = 0; t < this.texts.length; t++) {
      const text = this.texts[t] as string;
      const last = t + 1 < this.firsts.length ? (this.firsts[t + 1] as number) : this.length;
      let from = 0;
      for (let i = this.firsts[t] as number; i < last; i++) {
        const to = this.ends[i] as number;
        yield text.slice(from, to);
        from = to;
      }
    }
  }

  /** As a plain array (small lists, tests, backups). */
  toArray(): string[] {
    return [...this];
  }

  /**
   * The form in which it is stored (IndexedDB keeps typed arrays and strings as they are):
   * always the same object, so tables sharing a dictionary store it once and share it when read.
   */
  stored(): StoredStrings {
    this.storedForm ??= { texts: this.texts, firsts: this.firsts, ends: this.ends };
    return this.storedForm;
  }
  private storedForm: StoredStrings | undefined;

  /** The text holding string i: the last whose first string is at or before i. */
  private textOf(i: number): number {
    let lo = 0;
    let hi = this.firsts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.firsts[mid] as number) <= i) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/**
 * Packs strings one at a time, so a long list (a pseudonym per client) never exists as
 * an array. ASCII goes straight into a byte buffer that becomes the text in one decode;
 * joining the strings instead left some four times the text in garbage (232 MB for six
 * million client codes). Other strings are pieces of the text as they are.
 */
export class StringsPacker {
  private readonly texts: string[] = [];
  private readonly firsts: number[] = [];
  private readonly ends: Int32Array;
  /** The current text so far: pieces made, then ASCII bytes not yet decoded. */
  private pieces: string[] = [];
  private bytes = new Uint8Array(1_024);
  private used = 0;
  private chars = 0;
  /** Index of the current text's first string. */
  private first = 0;
  private count = 0;

  /** At most `capacity` strings will be pushed. */
  constructor(capacity: number) {
    this.ends = new Int32Array(capacity);
  }

  push(value: string): void {
    this.makeRoom(value.length);
    let ascii = true;
    for (let i = 0; i < value.length && ascii; i++) ascii = value.charCodeAt(i) < 128;
    if (ascii) {
      this.reserveBytes(value.length);
      for (let i = 0; i < value.length; i++) this.bytes[this.used++] = value.charCodeAt(i);
    } else {
      this.decodeBytes();
      this.pieces.push(value);
    }
    this.ended(value.length);
  }

  /** A string given as its ASCII bytes (not kept: the caller may reuse them). */
  pushAscii(bytes: Uint8Array): void {
    this.makeRoom(bytes.length);
    this.reserveBytes(bytes.length);
    this.bytes.set(bytes, this.used);
    this.used += bytes.length;
    this.ended(bytes.length);
  }

  /** The strings pushed. */
  done(): Strings {
    if (this.count === 0) return Strings.empty;
    this.close();
    const ends = this.count === this.ends.length ? this.ends : this.ends.slice(0, this.count);
    return Strings.of(this.texts, Int32Array.from(this.firsts), ends);
  }

  /** A new text when the next string would not fit in this one (a string is never split). */
  private makeRoom(length: number): void {
    if (this.count > this.first && this.chars + length > TEXT_CHARS) this.close();
  }

  private reserveBytes(length: number): void {
    if (this.used + length <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(2 * this.bytes.length, this.used + length));
    grown.set(this.bytes.subarray(0, this.used));
    this.bytes = grown;
  }

  private ended(length: number): void {
    this.chars += length;
    this.ends[this.count++] = this.chars;
  }

  private decodeBytes(): void {
    if (this.used === 0) return;
    this.pieces.push(asciiDecoder.decode(this.bytes.subarray(0, this.used)));
    this.used = 0;
  }

  private close(): void {
    this.decodeBytes();
    this.texts.push(this.pieces.length === 1 ? (this.pieces[0] as string) : this.pieces.join(''));
    this.firsts.push(this.first);
    this.pieces = [];
    this.chars = 0;
    this.first = this.count;
  }
}

/** ASCII bytes as UTF-8 are the same characters. */
const asciiDecoder = new TextDecoder();

/** `Strings` as stored: its texts and offsets. */
export interface StoredStrings {
  texts: readonly string[];
  firsts: Int32Array;
  ends: Int32Array;
}

/** Characters per text: far below V8's longest string, large enough for few texts. */
const TEXT_CHARS = 1 << 24;

const revived = new WeakMap<object, Strings>();
