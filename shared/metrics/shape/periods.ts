import { ibProducts } from '../../model/products';
import { providerGroups } from '../../model/providerGroups';
import type { PeriodKind } from '../../periods/periods';
import type { CostResult } from '../cost';
import type { Flows, PeriodFlows } from '../flows';
import { type Frame, periodTable } from '../frame';
import type { MetricsJson } from '../metricsJson';
import type { Presence } from '../presence';
import { euro } from '../round';

/** `byPeriod`: inflow, outflow, clients and cost per month, quarter, year or 4-week period. */
export function periodFigures(
  frame: Frame,
  kinds: readonly PeriodKind[],
  presence: Presence,
  flows: Flows,
  cost: CostResult,
): MetricsJson['byPeriod'] {
  const out: MetricsJson['byPeriod'] = {};
  for (const kind of kinds) {
    const table = periodTable(frame, kind);
    const clients =
      kind === 'year' ? presence.clientsPerYear : (presence.perPeriod.get(kind) as Int32Array);
    const flow = flows.perPeriod.get(kind) as PeriodFlows;
    const nQ = table.keys.length;
    // Categories that occur in any period of this kind, with their counts per period.
    const split = (counts: Int32Array, names: readonly string[]) => {
      const present = names.filter((_, c) =>
        counts.subarray(c * nQ, (c + 1) * nQ).some((v) => v > 0),
      );
      return (q: number) =>
        Object.fromEntries(
          present.map((name) => [name, counts[names.indexOf(name) * nQ + q] as number]),
        );
    };
    const inflowByProduct = split(flow.inflowByProduct, ibProducts);
    const outflowByProduct = split(flow.outflowByProduct, ibProducts);
    const inflowByGroup = split(flow.inflowByGroup, providerGroups);
    const outflowByGroup = split(flow.outflowByGroup, providerGroups);
    const costs = new Float64Array(table.keys.length);
    if (kind === 'month' || kind === 'quarter' || kind === 'year') {
      const perMonthOf = kind === 'month' ? 1 : kind === 'quarter' ? 3 : 12;
      table.periods.forEach((p, q) => {
        const firstMonth =
          (p.year - frame.firstYear) * 12 + (kind === 'year' ? 0 : (p.index - 1) * perMonthOf);
        for (let m = firstMonth; m < firstMonth + perMonthOf; m++)
          costs[q] = (costs[q] as number) + (cost.perMonth[m] ?? 0);
      });
    } else {
      for (let d = 0; d < frame.yearIndex.length; d++) {
        const q = table.index[d] as number;
        costs[q] = (costs[q] as number) + (cost.perDay[d] as number);
      }
    }
    out[kind] = Object.fromEntries(
      table.keys.map((key, q) => [
        key,
        {
          inflow: flow.inflow[q] as number,
          outflow: flow.outflow[q] as number,
          clients: clients[q] as number,
          cost: cost.source === 'none' ? null : euro(costs[q] as number),
          inflowByProduct: inflowByProduct(q),
          outflowByProduct: outflowByProduct(q),
          inflowByGroup: inflowByGroup(q),
          outflowByGroup: outflowByGroup(q),
        },
      ]),
    );
  }
  return out;
}
