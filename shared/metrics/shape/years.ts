import type { CostResult } from '../cost';
import type { DurationStats } from '../durations';
import type { Flows } from '../flows';
import type { Frame } from '../frame';
import type { YearFigures } from '../metricsJson';
import type { Presence } from '../presence';
import { percent, round } from '../round';
import { costPerClientMonth, costTotal } from './cost';
import { perYear } from './perYear';

/** `byYear`: the key figures of each calendar year (metrics.md, "Per year"). */
export function yearFigures(
  frame: Frame,
  nProviders: number,
  presence: Presence,
  flows: Flows,
  cost: CostResult,
  durationByYear: readonly DurationStats[],
): Record<string, YearFigures> {
  const nY = frame.nYears;
  const providersActive = new Int32Array(nY);
  for (let p = 0; p < nProviders; p++) {
    for (let y = 0; y < nY; y++)
      if ((presence.providerYear[p * nY + y] as number) > 0)
        providersActive[y] = (providersActive[y] as number) + 1;
  }
  return perYear(frame, (y): YearFigures => {
    const d = durationByYear[y] as DurationStats;
    const clients = presence.clientsPerYear[y] as number;
    return {
      clients,
      inflow: flows.inflowPerYear[y] as number,
      outflow: flows.outflowPerYear[y] as number,
      outflowRatePct: percent(flows.outflowPerYear[y] as number, clients),
      activeAtYearEnd: presence.activeAtYearEnd[y] as number,
      reentry: flows.reentryPerYear[y] as number,
      reentryRatePct: percent(flows.reentryPerYear[y] as number, flows.inflowPerYear[y] as number),
      providersActive: providersActive[y] as number,
      costTotal: costTotal(cost, y),
      costPerClientMonth: costPerClientMonth(
        cost,
        cost.perYear[y] as number,
        cost.clientMonthsPerYear[y] as number,
      ),
      meanAgeAtStart: flows.ageCount[y]
        ? round((flows.ageSum[y] as number) / (flows.ageCount[y] as number), 1)
        : null,
      medianDaysKM: d.figures.medianDaysKM,
      meanDaysEnded: d.figures.meanDaysEnded,
    };
  });
}
