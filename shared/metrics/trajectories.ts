import { type Dataset, OPEN_END } from './dataset';

/**
 * Trajectories: maximal chains of one client's IB allocations (in order of
 * start) in which the gap before each allocation (start − latest end − 1) is
 * at most `gapDays`. Allocations starting after the peildatum are left out;
 * an allocation ending after it is ongoing.
 */
export interface Trajectories {
  count: number;
  peildatum: number;
  gapDays: number;
  client: Int32Array;
  start: Int32Array;
  /** Latest end, capped at the peildatum for ongoing ones. */
  end: Int32Array;
  ongoing: Uint8Array;
  /** The allocation with the earliest start (ties: lowest product, then provider). */
  first: Int32Array;
  /** Allocations in order of client, start, end (ongoing last), product, provider. */
  members: Int32Array;
  /** `members[offset[t] .. offset[t+1])` belong to trajectory t. */
  offset: Int32Array;
  /** Per allocation: its trajectory, or −1 when it starts after the peildatum. */
  trajectoryOf: Int32Array;
}

/** Allocations starting on or before the peildatum, in trajectory order (the dataset's row order). */
export function allocationOrder(ds: Dataset, peildatum: number): Int32Array {
  let m = 0;
  for (let i = 0; i < ds.n; i++) if ((ds.start[i] as number) <= peildatum) m++;
  const kept = new Int32Array(m);
  m = 0;
  for (let i = 0; i < ds.n; i++) if ((ds.start[i] as number) <= peildatum) kept[m++] = i;
  return kept;
}

const providerKey = (ds: Dataset, i: number) => ds.providerIds[ds.provider[i] as number] ?? '';

export function buildTrajectories(ds: Dataset, peildatum: number, gapDays: number): Trajectories {
  const members = allocationOrder(ds, peildatum);
  const m = members.length;
  // First which trajectory each allocation joins, so the trajectories' arrays are made to size.
  const trajectoryOf = new Int32Array(ds.n).fill(-1);
  let t = -1;
  let latestEnd = 0;
  let currentClient = -1;
  for (let k = 0; k < m; k++) {
    const i = members[k] as number;
    const c = ds.client[i] as number;
    const s = ds.start[i] as number;
    const e = ds.end[i] as number;
    if (c !== currentClient || s - latestEnd - 1 > gapDays) {
      t++;
      currentClient = c;
      latestEnd = e;
    } else if (e > latestEnd) latestEnd = e;
    trajectoryOf[i] = t;
  }
  const count = t + 1;
  const client = new Int32Array(count);
  const start = new Int32Array(count);
  const end = new Int32Array(count);
  const ongoing = new Uint8Array(count);
  const first = new Int32Array(count);
  const offset = new Int32Array(count + 1);
  let previous = -1;
  for (let k = 0; k < m; k++) {
    const i = members[k] as number;
    t = trajectoryOf[i] as number;
    const s = ds.start[i] as number;
    const e = ds.end[i] as number;
    if (t !== previous) {
      previous = t;
      client[t] = ds.client[i] as number;
      start[t] = s;
      first[t] = i;
      offset[t] = k;
      end[t] = e;
      continue;
    }
    if (e > (end[t] as number)) end[t] = e;
    const f = first[t] as number;
    if (
      s === start[t] &&
      ((ds.product[i] as number) < (ds.product[f] as number) ||
        (ds.product[i] === ds.product[f] && providerKey(ds, i) < providerKey(ds, f)))
    ) {
      first[t] = i;
    }
  }
  offset[count] = m;
  // An open end, or one after the peildatum: ongoing, its end the peildatum.
  for (let u = 0; u < count; u++) {
    const latest = end[u] as number;
    if (latest === OPEN_END || latest > peildatum) {
      ongoing[u] = 1;
      end[u] = peildatum;
    }
  }
  return {
    count,
    peildatum,
    gapDays,
    client,
    start,
    end,
    ongoing,
    first,
    members,
    offset,
    trajectoryOf,
  };
}
