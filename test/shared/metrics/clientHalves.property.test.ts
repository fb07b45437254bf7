import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticRecords } from '../../../data-samples/synthetic';
import { defaultAgeBands } from '../../../shared/metrics/ageBands';
import { buildDataset } from '../../../shared/metrics/dataset';
import {
  allocationMask,
  type Filters,
  selectionOf,
  trajectoryMask,
} from '../../../shared/metrics/filters';
import { computeFlows } from '../../../shared/metrics/flows';
import { buildFrame } from '../../../shared/metrics/frame';
import { DEFAULT_GAP_DAYS, seriesKinds } from '../../../shared/metrics/params';
import { computePresence } from '../../../shared/metrics/presence';
import { tariffCost } from '../../../shared/metrics/tariffCost';
import { buildTrajectories } from '../../../shared/metrics/trajectories';
import { computeTransitions } from '../../../shared/metrics/transitions';

/**
 * What running the passes on two threads would rest on (docs/performance.md, "What 1 s at
 * 10M still needs"): over two halves of the clients, the counts of presence, flows, cost
 * and transitions add up to those over all of them, and each trajectory's results come
 * from the half it is in. Money adds up to the last digits its order of summing allows.
 */
describe('passen over twee helften van de cliënten', () => {
  const ds = buildDataset(syntheticRecords(4_000, { seed: 11 }));
  const peildatum = ds.dataEnd;
  const frame = buildFrame(ds.dataStart, peildatum);
  const tr = buildTrajectories(ds, peildatum, DEFAULT_GAP_DAYS);
  const bands = defaultAgeBands;
  const kinds = seriesKinds.filter((k) => k !== 'year');
  const tariffs = ds.tariffs;
  const filterSets: Filters[] = [
    { products: ['IB1'] },
    { products: ['IB2', 'IB3'] },
    { providerGroups: ['ggz'] },
  ];

  /** The entries of `list` whose trajectory (`trajectoryOf`) is before `cut`, and the rest. */
  function halves(list: Int32Array, trajectoryOf: (k: number) => number, cut: number) {
    let at = 0;
    while (at < list.length && trajectoryOf(list[at] as number) < cut) at++;
    return [list.subarray(0, at), list.subarray(at)] as const;
  }

  it('eigenschap: de tellingen van de helften tellen op tot die van het geheel', () => {
    expect(tariffs).not.toBeNull();
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom(...filterSets),
        (fraction, filters) => {
          // Cut between two clients: the first trajectory of a client at or after the fraction.
          let cut = Math.min(tr.count, Math.floor(fraction * tr.count));
          while (cut > 0 && cut < tr.count && tr.client[cut] === tr.client[cut - 1]) cut++;
          const aMask = allocationMask(ds, filters, bands) as Uint8Array;
          const chosen = selectionOf(tr, aMask, trajectoryMask(tr, aMask) as Uint8Array);
          const [allocationsA, allocationsB] = halves(
            chosen.allocations,
            (i) => tr.trajectoryOf[i] as number,
            cut,
          );
          const [trajA, trajB] = halves(chosen.trajectories, (t) => t, cut);

          const presence = (only: Int32Array) => computePresence(ds, frame, tr, bands, kinds, only);
          expectSummed(
            presence(chosen.allocations),
            presence(allocationsA),
            presence(allocationsB),
          );

          const flows = (only: Int32Array) => computeFlows(ds, frame, tr, bands, kinds, only);
          const whole = flows(chosen.trajectories);
          const a = flows(trajA);
          const b = flows(trajB);
          const { selected, duration, ended, startYear, firstProvider, ...counts } = whole;
          const { selected: sa, duration: da, ended: ea, startYear: ya, firstProvider: pa } = a;
          const { selected: sb, duration: db, ended: eb, startYear: yb, firstProvider: pb } = b;
          expectSummed(counts, a, b);
          // The per-trajectory arrays: the first half's, then the second's.
          expect([...selected]).toEqual([...sa, ...sb]);
          expect([...duration]).toEqual([...da, ...db]);
          expect([...ended]).toEqual([...ea, ...eb]);
          expect([...startYear]).toEqual([...ya, ...yb]);
          expect([...firstProvider]).toEqual([...pa, ...pb]);

          const transitions = (only: Int32Array) => computeTransitions(ds, frame, tr, only);
          expectSummed(transitions(chosen.trajectories), transitions(trajA), transitions(trajB));

          const cost = (only: Int32Array) =>
            tariffCost(ds, tariffs as Map<string, number>, frame, tr, aMask, true, true, only);
          const { perTrajectory, firstYearPerTrajectory, ...sums } = cost(chosen.allocations);
          const costA = cost(allocationsA);
          const costB = cost(allocationsB);
          expectSummed(sums, costA, costB);
          // A trajectory's cost comes from its own half; the other half books nothing on it (0).
          for (let t = 0; t < tr.count; t++) {
            const [own, other] = t < cut ? [costA, costB] : [costB, costA];
            expect(own.perTrajectory[t]).toBe(perTrajectory[t]);
            expect(own.firstYearPerTrajectory[t]).toBe(firstYearPerTrajectory[t]);
            expect(other.perTrajectory[t]).toBe(0);
            expect(other.firstYearPerTrajectory[t]).toBe(0);
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('een snede vóór de eerste cliënt laat de eerste helft leeg', () => {
    const aMask = allocationMask(ds, { products: ['IB1'] }, bands) as Uint8Array;
    const chosen = selectionOf(tr, aMask, trajectoryMask(tr, aMask) as Uint8Array);
    const [none, all] = halves(chosen.allocations, (i) => tr.trajectoryOf[i] as number, 0);
    expect(none.length).toBe(0);
    expect(all.length).toBe(chosen.allocations.length);
    const empty = computePresence(ds, frame, tr, bands, kinds, none);
    expect(empty.clientsPerYear.every((v) => v === 0)).toBe(true);
    expect(empty.clientsPerYear.length).toBe(frame.nYears);
  });
});

/**
 * Every count in `whole` (typed arrays, numbers, records and maps of them, walked by key)
 * is the sum of the halves'; money (a `Float64Array`) to within a millionth of a cent.
 */
function expectSummed(whole: unknown, a: unknown, b: unknown, path = ''): void {
  if (whole instanceof Float64Array) {
    const [fa, fb] = [a as Float64Array, b as Float64Array];
    expect(fa.length, path).toBe(whole.length);
    for (let k = 0; k < whole.length; k++) {
      const sum = (fa[k] as number) + (fb[k] as number);
      expect(Math.abs(sum - (whole[k] as number)), `${path}[${k}]`).toBeLessThan(1e-6);
    }
  } else if (ArrayBuffer.isView(whole)) {
    const w = whole as Int32Array;
    const [ia, ib] = [a as Int32Array, b as Int32Array];
    expect(
      Array.from(w, (_, k) => (ia[k] as number) + (ib[k] as number)),
      path,
    ).toEqual([...w]);
  } else if (whole instanceof Map) {
    const [ma, mb] = [a as Map<unknown, unknown>, b as Map<unknown, unknown>];
    for (const [key, v] of whole) expectSummed(v, ma.get(key), mb.get(key), `${path}.${key}`);
  } else if (Array.isArray(whole)) {
    const [la, lb] = [a as unknown[], b as unknown[]];
    for (const [k, v] of whole.entries()) expectSummed(v, la[k], lb[k], `${path}[${k}]`);
  } else if (typeof whole === 'number') {
    expect((a as number) + (b as number), path).toBe(whole);
  } else if (whole && typeof whole === 'object') {
    // A count a half does not have (a record of transitions) is 0 there.
    const pick = (o: unknown, key: string, v: unknown) =>
      (o as Record<string, unknown>)[key] ?? (typeof v === 'number' ? 0 : undefined);
    for (const [key, v] of Object.entries(whole))
      expectSummed(v, pick(a, key, v), pick(b, key, v), `${path}.${key}`);
  } else {
    // A label (the cost's source): the same in every half.
    expect(a, path).toEqual(whole);
    expect(b, path).toEqual(whole);
  }
}
