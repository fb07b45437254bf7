// The import's rules for duplicates, successive exports and client rows, written
// plainly on record objects: the oracle the column-wise versions are tested against.
import type { Allocation, Client } from '../../../shared/model/records';

const same = (a: Allocation, b: Allocation) =>
  a.start === b.start && a.end === b.end && a.product === b.product && a.provider === b.provider;

/** Identical allocation rows (client, provider, product, start, end) count once. */
export function dropDuplicateAllocations<T extends Allocation>(
  rows: readonly T[],
): { kept: T[]; dropped: T[] } {
  // Per client (a client has few rows), so no composite key string is built per row;
  // a client with very many rows switches to keys, so a hostile file cannot make this quadratic.
  const byClient = new Map<string, T[] | Set<string>>();
  const key = (a: T) => `${a.provider ?? ''}\u0000${a.product}\u0000${a.start}\u0000${a.end ?? ''}`;
  const kept: T[] = [];
  const dropped: T[] = [];
  for (const a of rows) {
    const seen = byClient.get(a.client);
    let duplicate: boolean;
    if (seen === undefined) {
      byClient.set(a.client, [a]);
      duplicate = false;
    } else if (seen instanceof Set) {
      duplicate = seen.has(key(a));
      if (!duplicate) seen.add(key(a));
    } else {
      duplicate = seen.some((b) => same(a, b));
      if (!duplicate) seen.push(a);
      if (seen.length > 64) byClient.set(a.client, new Set(seen.map(key)));
    }
    (duplicate ? dropped : kept).push(a);
  }
  return { kept, dropped };
}

const batchKey = (a: Allocation) =>
  `${a.client}\u0000${a.provider ?? ''}\u0000${a.product}\u0000${a.start}`;

/**
 * Merges import batches of one dataset, oldest first: an allocation with the
 * same client, provider, product and start date in a newer batch replaces the
 * older one (its end may have been cut off at the older export's period end).
 */
export function mergeBatches<T extends Allocation>(
  batches: readonly (readonly T[])[],
): { allocations: T[]; updated: number } {
  // One batch has nothing to be updated by (its duplicates went at import).
  if (batches.length === 1) return { allocations: [...(batches[0] as readonly T[])], updated: 0 };
  const byKey = new Map<string, T[]>();
  let updated = 0;
  for (const batch of batches) {
    const incoming = new Map<string, T[]>();
    for (const a of batch) {
      const key = batchKey(a);
      const list = incoming.get(key);
      if (list) list.push(a);
      else incoming.set(key, [a]);
    }
    for (const [key, list] of incoming) {
      const older = byKey.get(key);
      if (older && !sameEnds(older, list)) updated += list.length;
      byKey.set(key, list);
    }
  }
  return { allocations: [...byKey.values()].flat(), updated };
}

const sameEnds = (a: readonly Allocation[], b: readonly Allocation[]) =>
  a.length === b.length && a.every((x, i) => x.end === b[i]?.end);

/** One client record per client: the first known value of each attribute wins. */
export function mergeClients(clients: readonly Client[]): Client[] {
  const byId = new Map<string, Client>();
  for (const c of clients) {
    const known = byId.get(c.client);
    if (!known) byId.set(c.client, { ...c });
    else {
      known.birthMonth ??= c.birthMonth;
      known.birthYear ??= c.birthYear;
      known.gender ??= c.gender;
      known.municipality ??= c.municipality;
    }
  }
  return [...byId.values()];
}
