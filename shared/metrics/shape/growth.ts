import { round } from '../round';

/** Growth from one count to another in % (one decimal); null from zero. */
export const growthPct = (from: number, to: number): number | null =>
  from === 0 ? null : round((100 * (to - from)) / from, 1);
