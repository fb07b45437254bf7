import type { Dataset } from './dataset';
import { countDistinct, distinctCounter, imax, imin } from './distinct';
import type { Frame } from './frame';
import type { Trajectories } from './trajectories';

export interface Stacking {
  /** IB clients who on some day of the year also had another Wmo product. */
  clientsPerYear: Int32Array;
  /** `[otherProduct * nYears + year]`. */
  productYear: Int32Array;
  products: string[];
}

/** Care stacking (zorgstapeling): overlap of an IB allocation with another Wmo product, per year. Null without other products. */
export function computeStacking(
  ds: Dataset,
  frame: Frame,
  tr: Trajectories,
  mask: Uint8Array | null,
): Stacking | null {
  const o = ds.other;
  if (o.n === 0) return null;
  const nY = frame.nYears;
  const clients = distinctCounter(nY);
  const products = distinctCounter(o.products.length * nY);
  let j = 0;
  for (let k = 0; k < tr.members.length; k++) {
    const i = tr.members[k] as number;
    if (mask && !mask[i]) continue;
    const c = ds.client[i] as number;
    while (j < o.n && (o.client[j] as number) < c) j++;
    const s = imax(ds.start[i] as number, frame.firstDay);
    const e = imin(ds.end[i] as number, frame.peildatum);
    for (let q = j; q < o.n && o.client[q] === c; q++) {
      const from = imax(s, o.start[q] as number);
      const to = imin(e, o.end[q] as number);
      if (to < from) continue;
      const y0 = frame.yearIndex[from - frame.firstDay] as number;
      const y1 = frame.yearIndex[to - frame.firstDay] as number;
      for (let y = y0; y <= y1; y++) {
        countDistinct(clients.last, clients.counts, y, c);
        countDistinct(products.last, products.counts, (o.product[q] as number) * nY + y, c);
      }
    }
  }
  return { clientsPerYear: clients.counts, productYear: products.counts, products: o.products };
}
