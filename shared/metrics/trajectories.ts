import { type Dataset, OPEN_END } from './dataset';

/**
 * Trajectories: maximal chains of one client's IB allocations (in order of
 * start) in which the gap before each allocation (start − latest end − 1) is
 * at most `gapDays`. Allocations starting after the peildatum are left out;
 * an allocation ending after it is ongoing.
 */
export interface Trajectories {
  count: number;
  client: Int32Array;
  start: Int32Array;
  /** Latest end, capped at the peildatum. */
  end: Int32Array;
  ongoing: Uint8Array;
  /** The allocation with the earliest start (ties: lowest product, then provider). */
  first: Int32Array;
  /** Allocations of the dataset in trajectory order; `members[offset[t]..offset[t+1])` belong to t. */
  members: Int32Array;
  offset: Int32Array;
  /** Per allocation: its trajectory, or −1 when it starts after the peildatum. */
  trajectoryOf: Int32Array;
}

/** Allocation indices ordered by client, start, end (ongoing last), product, provider. */
export function allocationOrder(ds: Dataset, peildatum: number): Int32Array {
  const idx: number[] = [];
  for (let i = 0; i < ds.n; i++) if ((ds.start[i] as number) <= peildatum) idx.push(i);
  idx.sort(
    (a, b) =>
      (ds.client[a] as number) - (ds.client[b] as number) ||
      (ds.start[a] as number) - (ds.start[b] as number) ||
      (ds.end[a] as number) - (ds.end[b] as number) ||
      (ds.product[a] as number) - (ds.product[b] as number) ||
      (ds.providerIds[ds.provider[a] as number] ?? '').localeCompare(
        ds.providerIds[ds.provider[b] as number] ?? '',
      ),
  );
  return Int32Array.from(idx);
}

export function buildTrajectories(ds: Dataset, peildatum: number, gapDays: number): Trajectories {
  const order = allocationOrder(ds, peildatum);
  const m = order.length;
  const client = new Int32Array(m);
  const start = new Int32Array(m);
  const end = new Int32Array(m);
  const ongoing = new Uint8Array(m);
  const first = new Int32Array(m);
  const offset = new Int32Array(m + 1);
  const trajectoryOf = new Int32Array(ds.n).fill(-1);
  let t = -1;
  let latestEnd = 0;
  let currentClient = -1;
  for (let k = 0; k < m; k++) {
    const i = order[k] as number;
    const c = ds.client[i] as number;
    const s = ds.start[i] as number;
    const e = ds.end[i] as number;
    if (c !== currentClient || s - latestEnd - 1 > gapDays) {
      if (t >= 0) closeTrajectory(t, latestEnd);
      t++;
      currentClient = c;
      client[t] = c;
      start[t] = s;
      first[t] = i;
      offset[t] = k;
      latestEnd = e;
    } else if (e > latestEnd) {
      latestEnd = e;
    }
    trajectoryOf[i] = t;
  }
  if (t >= 0) closeTrajectory(t, latestEnd);
  const count = t + 1;
  offset[count] = m;
  return {
    count,
    client: client.subarray(0, count),
    start: start.subarray(0, count),
    end: end.subarray(0, count),
    ongoing: ongoing.subarray(0, count),
    first: first.subarray(0, count),
    members: order,
    offset: offset.subarray(0, count + 1),
    trajectoryOf,
  };

  function closeTrajectory(tr: number, latest: number) {
    const isOngoing = latest === OPEN_END || latest > peildatum;
    ongoing[tr] = isOngoing ? 1 : 0;
    end[tr] = isOngoing ? peildatum : latest;
  }
}
