// A worker's answer can be large (every provider's figures: ~1,5 MB at ten million
// allocations), and the UI thread reads a message in one task. So a large answer goes as
// several messages: its big records and lists in parts, then the rest, put back together
// on the UI thread — each message a short task (docs/performance.md, "The UI thread").

/** Entries of a record, or items of a list, that one message carries at most. */
export const PART_SIZE = 200;

/** Where in the answer a part belongs (keys from the top), and what it holds. */
export type Part =
  | { path: string[]; entries: [string, unknown][] }
  | { path: string[]; items: unknown[] };

/** Sets an own entry, whatever its key (even `__proto__`). */
const put = (record: Record<string, unknown>, key: string, value: unknown) =>
  Object.defineProperty(record, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' &&
  v !== null &&
  !Array.isArray(v) &&
  !ArrayBuffer.isView(v) &&
  Object.getPrototypeOf(v) === Object.prototype;

/**
 * The answer with every record or list longer than `size` left empty, and that
 * record's entries or list's items in parts of at most `size`, in order, for
 * `joinParts` to fill in again (what a part holds is not split further). The
 * answer itself is not changed.
 */
export function splitParts(value: unknown, size = PART_SIZE): { rest: unknown; parts: Part[] } {
  const parts: Part[] = [];
  const visit = (v: unknown, path: string[]): unknown => {
    if (Array.isArray(v)) {
      if (v.length <= size) return v.map((item, k) => visit(item, [...path, String(k)]));
      for (let k = 0; k < v.length; k += size) parts.push({ path, items: v.slice(k, k + size) });
      return [];
    }
    if (!isRecord(v)) return v;
    const keys = Object.keys(v);
    if (keys.length > size) {
      for (let k = 0; k < keys.length; k += size)
        parts.push({
          path,
          entries: keys.slice(k, k + size).map((key) => [key, v[key]]),
        });
      return {};
    }
    const out: Record<string, unknown> = {};
    for (const key of keys) put(out, key, visit(v[key], [...path, key]));
    return out;
  };
  const rest = visit(value, []);
  return { rest, parts };
}

/** Builds the split records and lists from their parts as the parts come, then puts them in place. */
export interface PartsJoiner {
  /** Adds a part's entries or items to its record or list (a message's own short task). */
  add(part: Part): void;
  /** The rest of the answer with every record and list built so far in its place. */
  into(rest: unknown): unknown;
}

/**
 * A joiner that does the work of each part when it comes: setting a record's entries costs
 * about a microsecond each (every key is a new string to the UI thread), and at ten million
 * allocations the answer's records hold some ten thousand; set all at once when the rest
 * came, they made that message's task up to ~50 ms longer (docs/performance.md).
 */
export function partsJoiner(): PartsJoiner {
  // Parts of one record or list share a path and come in order; no path runs through another.
  const built = new Map<string, { path: string[]; value: Record<string, unknown> | unknown[] }>();
  return {
    add(part) {
      const key = JSON.stringify(part.path);
      let place = built.get(key);
      if (!place) {
        place = { path: part.path, value: 'items' in part ? [] : {} };
        built.set(key, place);
      }
      const { value } = place;
      if ('items' in part) for (const item of part.items) (value as unknown[]).push(item);
      else for (const [k, v] of part.entries) put(value as Record<string, unknown>, k, v);
    },
    into(rest) {
      let whole = rest;
      for (const { path, value } of built.values()) {
        if (path.length === 0) {
          whole = value;
          continue;
        }
        let place = whole as Record<string, unknown>;
        for (const key of path.slice(0, -1)) place = place[key] as Record<string, unknown>;
        put(place, path.at(-1) as string, value);
      }
      return whole;
    },
  };
}

/** Puts the parts back into the rest of the answer, in the order they were made. */
export function joinParts(rest: unknown, parts: readonly Part[]): unknown {
  const joiner = partsJoiner();
  for (const part of parts) joiner.add(part);
  return joiner.into(rest);
}
