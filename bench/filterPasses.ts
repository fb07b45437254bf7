import type { Dataset } from '../shared/metrics/dataset';
import { MetricsEngine } from '../shared/metrics/engine';
import { costHelper } from './costThread';

/** Milliseconds per pass of a figures call (the engine's `PassClock` names), and `total`. */
export type PassTimes = Record<string, number>;

/**
 * The wide filter change (product IB1, ~48 % of allocations) pass by pass: the median of
 * `runs` changes on an engine that computed every figure unfiltered first, as the app's
 * worker has when the user picks a filter. Where the time of `filterWideMs` goes.
 */
export async function filterPasses(
  ds: Dataset,
  runs: number,
  settle: () => void,
): Promise<PassTimes> {
  const times = new Map<string, number[]>();
  let timing = false;
  let last = 0;
  const engine = new MetricsEngine(ds, (pass) => {
    const now = performance.now();
    if (timing) times.set(pass, [...(times.get(pass) ?? []), now - last]);
    last = now;
  });
  engine.figures();
  // The cost on a second thread, as the app's worker makes it; `cost` is what is left to wait for.
  const { helper, close } = costHelper();
  engine.holdAlongside({}, helper);
  await new Promise((resolve) => setTimeout(resolve, 500));
  for (let r = 0; r < runs; r++) {
    settle();
    timing = true;
    const start = performance.now();
    last = start;
    await engine.figuresAlongside({ filters: { products: ['IB1'] } }, helper);
    times.set('total', [...(times.get('total') ?? []), performance.now() - start]);
    timing = false;
  }
  await close();
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  return Object.fromEntries([...times].map(([pass, ms]) => [pass, Math.round(median(ms))]));
}
