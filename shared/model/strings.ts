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
 * an array: only the current text's pieces do, joined when the text is full.
 */
export class StringsPacker {
  private readonly texts: string[] = [];
  private readonly firsts: number[] = [];
  private readonly ends: Int32Array;
  private pieces: string[] = [];
  private chars = 0;
  private count = 0;

  /** At most `capacity` strings will be pushed. */
  constructor(capacity: number) {
    this.ends = new Int32Array(capacity);
  }

  push(value: string): void {
    if (this.pieces.length > 0 && this.chars + value.length > TEXT_CHARS) this.close();
    this.chars += value.length;
    this.pieces.push(value);
    this.ends[this.count++] = this.chars;
  }

  /** The strings pushed. */
  done(): Strings {
    if (this.count === 0) return Strings.empty;
    this.close();
    const ends = this.count === this.ends.length ? this.ends : this.ends.slice(0, this.count);
    return Strings.of(this.texts, Int32Array.from(this.firsts), ends);
  }

  private close(): void {
    this.texts.push(this.pieces.join(''));
    this.firsts.push(this.count - this.pieces.length);
    this.pieces = [];
    this.chars = 0;
  }
}

/** `Strings` as stored: its texts and offsets. */
export interface StoredStrings {
  texts: readonly string[];
  firsts: Int32Array;
  ends: Int32Array;
}

/** Characters per text: far below V8's longest string, large enough for few texts. */
const TEXT_CHARS = 1 << 24;

const revived = new WeakMap<object, Strings>();
