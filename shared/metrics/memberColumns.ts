import type { Dataset } from './dataset';
import type { Trajectories } from './trajectories';

/**
 * The allocation columns a pass over trajectories reads, laid out in member
 * order (`[k]` for `tr.members[k]`), with what each needs of its trajectory:
 * such a pass reads memory in sequence instead of jumping through a million
 * rows. Made once per trajectories.
 */
export interface MemberColumns {
  start: Int32Array;
  end: Int32Array;
  product: Int8Array;
  provider: Int32Array;
  /** The start of the member's trajectory. */
  trajectoryStart: Int32Array;
  /** The product of the first allocation of the member's trajectory. */
  firstProduct: Int8Array;
}

const made = new WeakMap<Trajectories, MemberColumns>();

export function memberColumns(ds: Dataset, tr: Trajectories): MemberColumns {
  const known = made.get(tr);
  if (known) return known;
  const m = tr.members.length;
  const columns: MemberColumns = {
    start: new Int32Array(m),
    end: new Int32Array(m),
    product: new Int8Array(m),
    provider: new Int32Array(m),
    trajectoryStart: new Int32Array(m),
    firstProduct: new Int8Array(m),
  };
  for (let t = 0; t < tr.count; t++) {
    const start = tr.start[t] as number;
    const firstProduct = ds.product[tr.first[t] as number] as number;
    for (let k = tr.offset[t] as number; k < (tr.offset[t + 1] as number); k++) {
      const i = tr.members[k] as number;
      columns.start[k] = ds.start[i] as number;
      columns.end[k] = ds.end[i] as number;
      columns.product[k] = ds.product[i] as number;
      columns.provider[k] = ds.provider[i] as number;
      columns.trajectoryStart[k] = start;
      columns.firstProduct[k] = firstProduct;
    }
  }
  made.set(tr, columns);
  return columns;
}
