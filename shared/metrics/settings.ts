import { parseDate } from '../import/values/dates';
import type { Budget, Ceiling, Measure, Target, Tariff } from '../model/records';
import { defaultAgeBounds, makeAgeBands } from './ageBands';
import { activeFilters, type Filters } from './filters';
import { DEFAULT_GAP_DAYS, type MetricsParams } from './params';

/** The parameters of metrics.md a user can change (kept in the workspace). */
export interface FigureSettings {
  /** ISO date; null = the latest start or cost-period end in the data. */
  peildatum: string | null;
  /** ISO date for the profile of the trajectories still running (`runningProfile`); null = the peildatum. */
  runningOn: string | null;
  gapDays: number;
  filters: Filters;
  /** Lower bounds of the age bands after the first: [18, 27] → <18, 18-26, 27+. */
  ageBounds: number[];
  /** The user's tariffs per product and year; they override imported ones. */
  tariffs: Tariff[];
  /** Budgets, ceilings, targets and measures entered in the app, beside imported ones. */
  steering: SteeringEntries;
}

/** What a user steers with, entered in the app (imported ones come with the data). */
export interface SteeringEntries {
  budgets: Budget[];
  ceilings: Ceiling[];
  targets: Target[];
  measures: Measure[];
}

/**
 * Imported steering rows with the entered ones: an entered budget replaces an
 * imported one of the same year, product and group, an entered ceiling one of
 * the same provider and year; targets and measures are added.
 */
export function withEntered(imported: SteeringEntries, entered: SteeringEntries): SteeringEntries {
  const budgetKey = (b: Budget) => `${b.year}:${b.product}:${b.group}`;
  const ceilingKey = (c: Ceiling) => `${c.provider}:${c.year}`;
  const ownBudgets = new Set(entered.budgets.map(budgetKey));
  const ownCeilings = new Set(entered.ceilings.map(ceilingKey));
  return {
    budgets: [...imported.budgets.filter((b) => !ownBudgets.has(budgetKey(b))), ...entered.budgets],
    ceilings: [
      ...imported.ceilings.filter((c) => !ownCeilings.has(ceilingKey(c))),
      ...entered.ceilings,
    ],
    targets: [...imported.targets, ...entered.targets],
    measures: [...imported.measures, ...entered.measures],
  };
}

/** The settings of a new workspace: the one place their defaults are written. */
export const defaultFigureSettings: FigureSettings = {
  peildatum: null,
  runningOn: null,
  gapDays: DEFAULT_GAP_DAYS,
  filters: {},
  ageBounds: [...defaultAgeBounds],
  tariffs: [],
  steering: { budgets: [], ceilings: [], targets: [], measures: [] },
};

/** Settings with their filters written one way (`activeFilters`): the same selection finds the same figures. */
export const inForce = (settings: FigureSettings): FigureSettings => ({
  ...settings,
  filters: activeFilters(settings.filters),
});

/** Stored settings with the defaults for what an earlier version did not store. */
export const withDefaults = (stored: Partial<FigureSettings> | undefined): FigureSettings => ({
  ...defaultFigureSettings,
  ...stored,
});

/** The engine's parameters for these settings; the user's tariffs replace imported ones of the same product and year. */
export function paramsFor(
  settings: FigureSettings,
  importedTariffs: readonly Tariff[] | null,
): MetricsParams {
  const day = settings.peildatum ? parseDate(settings.peildatum) : null;
  const runningOn = settings.runningOn ? parseDate(settings.runningOn) : null;
  return {
    gapDays: settings.gapDays,
    filters: settings.filters ?? {},
    ageBands: makeAgeBands(settings.ageBounds),
    ...(day?.ok ? { peildatum: day.day as number } : {}),
    ...(runningOn?.ok ? { runningOn: runningOn.day as number } : {}),
    ...(importedTariffs && settings.tariffs.length > 0
      ? { tariffs: withOwnTariffs(importedTariffs, settings.tariffs) }
      : {}),
  };
}

/** Imported tariffs with the user's own ones in their place (same product and year). */
export function withOwnTariffs(imported: readonly Tariff[], own: readonly Tariff[]): Tariff[] {
  const key = (t: Tariff) => `${t.product}:${t.year}`;
  const mine = new Set(own.map(key));
  return [...imported.filter((t) => !mine.has(key(t))), ...own];
}
