import { providerGroups } from '../../model/providerGroups';
import type { CostResult } from '../cost';
import type { Dataset } from '../dataset';
import type { DurationStats } from '../durations';
import type { Flows } from '../flows';
import type { Frame } from '../frame';
import type { MetricsJson, ProviderFigures } from '../metricsJson';
import type { Presence } from '../presence';
import { percent, round } from '../round';
import type { Transitions } from '../transitions';
import { costPerClientMonth } from './cost';

/** `growthConcentration`: the providers whose clients grew by at least `threshold`, and their share. */
export function concentration(
  ds: Dataset,
  frame: Frame,
  presence: Presence,
  threshold: number,
): MetricsJson['growthConcentration'] {
  const nY = frame.nYears;
  const last = nY - 1;
  const providers: MetricsJson['growthConcentration']['providers'] = [];
  let concentrated = 0;
  for (let p = 0; p < ds.providerIds.length; p++) {
    const from = presence.providerYear[p * nY] as number;
    const to = presence.providerYear[p * nY + last] as number;
    if (to - from >= threshold) {
      providers.push({
        provider: ds.providerIds[p] as string,
        name: ds.providerNames[p] ?? null,
        from,
        to,
        growth: to - from,
      });
      concentrated += to - from;
    }
  }
  // Ties by code, so the order does not depend on the order the data came in.
  providers.sort((a, b) => b.growth - a.growth || (a.provider < b.provider ? -1 : 1));
  const totalGrowth =
    (presence.clientsPerYear[last] as number) - (presence.clientsPerYear[0] as number);
  return {
    from: frame.years[0] as string,
    to: frame.years[last] as string,
    threshold,
    providers,
    totalGrowth,
    sharePct: totalGrowth > 0 ? round((100 * concentrated) / totalGrowth, 1) : null,
  };
}

/** `providers`: the benchmark row of each provider. */
export function providerFigures(
  ds: Dataset,
  frame: Frame,
  presence: Presence,
  flows: Flows,
  cost: CostResult,
  transitions: Transitions,
  byProvider: DurationStats[],
): Record<string, ProviderFigures> {
  const nY = frame.nYears;
  const out: Record<string, ProviderFigures> = {};
  ds.providerIds.forEach((id, p) => {
    const years = frame.years;
    const at = (a: Int32Array, y: number) => a[p * nY + y] as number;
    out[id] = {
      name: ds.providerNames[p] ?? null,
      group: providerGroups[ds.providerGroup[p] as number] as string,
      clients: Object.fromEntries(years.map((key, y) => [key, at(presence.providerYear, y)])),
      inflow: Object.fromEntries(years.map((key, y) => [key, at(flows.providerInflowYear, y)])),
      outflowRatePct: Object.fromEntries(
        years.map((key, y) => [
          key,
          percent(at(flows.providerOutflowYear, y), at(presence.providerYear, y)),
        ]),
      ),
      medianDaysKM: byProvider[p + 1]?.figures.medianDaysKM ?? null,
      costPerClientMonth: Object.fromEntries(
        years.map((key, y) => [
          key,
          costPerClientMonth(
            cost,
            cost.perProviderYear[p * nY + y] as number,
            cost.providerClientMonthsPerYear[p * nY + y] as number,
          ),
        ]),
      ),
      stepDownToIb0Pct: percent(
        transitions.providerToIb0[p] as number,
        transitions.providerChanges[p] as number,
      ),
    };
  });
  return out;
}
