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

/** Puts the parts back into the rest of the answer, in the order they were made. */
export function joinParts(rest: unknown, parts: readonly Part[]): unknown {
  for (const part of parts) {
    let place = rest as Record<string, unknown> | unknown[];
    for (const key of part.path) place = (place as Record<string, unknown>)[key] as typeof place;
    if ('items' in part) (place as unknown[]).push(...part.items);
    else for (const [key, v] of part.entries) put(place as Record<string, unknown>, key, v);
  }
  return rest;
}
