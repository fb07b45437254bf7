import type { Budget, Ceiling } from '../model/records';
import type { SteeringInput } from './forecast';

/**
 * The forecast's budget and ceilings from imported sheets (euro): the budget of
 * a year is its row without product or group (rows for a product or group are
 * parts of it); a provider's ceiling per year, the last row winning.
 */
export function steeringInput(
  budgets: readonly Budget[],
  ceilings: readonly Ceiling[],
): Required<SteeringInput> {
  const byYear: Record<string, number> = {};
  for (const b of budgets)
    if (b.product === null && b.group === null) byYear[String(b.year)] = b.amount / 100;
  const byProvider: Record<string, Record<string, number>> = {};
  for (const c of ceilings) {
    const provider = byProvider[c.provider] ?? {};
    provider[String(c.year)] = c.amount / 100;
    byProvider[c.provider] = provider;
  }
  return { budgets: byYear, ceilings: byProvider };
}
