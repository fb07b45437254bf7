import { compareMunicipalities } from '../../../shared/compare/compare';
import type { ImportReport } from '../../../shared/import/report';
import type { CostHelper } from '../../../shared/metrics/costThread';
import { datasetFromColumns } from '../../../shared/metrics/dataset';
import { MetricsEngine } from '../../../shared/metrics/engine';
import type { MetricsParams } from '../../../shared/metrics/params';
import { peildatumRange, peildatumWithin } from '../../../shared/metrics/peildatumRange';
import { type FigureSettings, paramsFor, withEntered } from '../../../shared/metrics/settings';
import type { ColumnarRecords } from '../../../shared/model/columnar';
import { isoDate } from '../../../shared/periods/days';
import { measureEffect } from '../../../shared/steer/effect';
import { forecastYear } from '../../../shared/steer/forecast';
import { steeringInput } from '../../../shared/steer/input';
import { evaluateTargets } from '../../../shared/steer/targets';
import { costHelper } from './costHelper';
import { filterOptions } from './filterOptions';
import type { Analysis, BatchInfo, DatasetInfo, Steering } from './protocol';
import type { PreparedStep, Session } from './session';

// The figures of the data in view, with the caches that make a filter change cheap.

/**
 * One engine per set of records: the columnar dataset and its trajectories are
 * built once, so a filter or settings change only recomputes from the arrays.
 */
const engines = new WeakMap<ColumnarRecords, MetricsEngine>();
export function engineFor(data: ColumnarRecords): MetricsEngine {
  let engine = engines.get(data);
  if (!engine) {
    engine = new MetricsEngine(datasetFromColumns(data));
    engines.set(data, engine);
  }
  return engine;
}

/** The engine's parameters for the session's settings and these records. */
export const paramsOf = (session: Session, data: ColumnarRecords): MetricsParams =>
  paramsIn(session.settings, data).params;

/**
 * The engine's parameters for these settings and records, a peildatum outside the data set
 * aside (`peildatumWithin`): the figures then use the data's own.
 */
function paramsIn(
  settings: FigureSettings,
  data: ColumnarRecords,
): { params: MetricsParams; setAside: number | null } {
  const params = paramsFor(settings, data.tariffs);
  if (data.allocations.length === 0) return { params, setAside: null };
  return peildatumWithin(params, engineFor(data).ds);
}

/**
 * Every figure of a set of records under the session's settings: under a filter with the cost
 * made beside this worker (`costHelper`), where it can be.
 */
export async function analyse(
  session: Session,
  data: ColumnarRecords,
  report: ImportReport,
  dataset: DatasetInfo | null,
  knownBatch: BatchInfo | null,
  /** The steering figures too (a preview shows none: they wait for the commit). */
  withSteering = true,
  /** The settings of this call (others may come in while it waits for its cost). */
  settings: FigureSettings = session.settings,
): Promise<Analysis> {
  const engine = data.allocations.length > 0 ? engineFor(data) : null;
  const { params, setAside } = paramsIn(settings, data);
  const helper = costHelper();
  const asked = { ...params, rejectedRows: report.rejected.length };
  const metrics = !engine
    ? null
    : helper
      ? await engine.figuresAlongside(asked, helper)
      : engine.figures(asked);
  const hasPopulation = data.population.length > 0 || data.references.length > 0;
  const compare =
    engine && hasPopulation
      ? compareMunicipalities(engine, data.population, data.references, params)
      : null;
  return {
    report,
    metrics,
    compare,
    steering: engine && withSteering ? steeringOf(settings, data, engine) : null,
    allocations: data.allocations.length,
    dataset,
    knownBatch,
    filterOptions: filterOptions(data, engine, settings.ageBounds),
    importedTariffs: data.tariffs,
    hasCostLines: data.costLines.length > 0,
    peildatum: engine ? peildatumOf(engine, setAside) : null,
  };
}

/** The peildatums these data allow, and the settings' own when it was set aside. */
function peildatumOf(engine: MetricsEngine, setAside: number | null): Analysis['peildatum'] {
  const { earliest, latest } = peildatumRange(engine.ds);
  return {
    earliest: isoDate(earliest),
    latest: isoDate(latest),
    setAside: setAside === null ? null : isoDate(setAside),
  };
}

/**
 * The steering figures per set of records and the settings they depend on (the
 * peildatum, the gap, the tariffs; not the filters): computed once for each.
 */
const steerings = new WeakMap<ColumnarRecords, { key: string; steering: Steering }>();
/** What the steering figures depend on of the settings. */
const steeringKey = ({ peildatum, gapDays, tariffs, steering }: FigureSettings): string =>
  JSON.stringify([peildatum, gapDays, tariffs, steering]);
function steeringOf(
  settings: FigureSettings,
  data: ColumnarRecords,
  engine: MetricsEngine,
): Steering {
  const entered = settings.steering;
  const key = steeringKey(settings);
  const known = steerings.get(data);
  if (known?.key === key) return known.steering;
  const params = { ...paramsIn(settings, data).params, filters: {} };
  const steer = withEntered(data, entered);
  const forecast = forecastYear(engine, params, steeringInput(steer.budgets, steer.ceilings));
  const end = params.peildatum ?? engine.ds.dataEnd;
  const steering: Steering = {
    forecast: forecast.costSource === 'none' ? null : forecast,
    yearToDate: forecast.yearToDate,
    targets: evaluateTargets(engine, params, steer.targets),
    measures: steer.measures.map((m) => ({
      date: isoDate(m.date),
      label: m.label,
      product: m.product,
      // A measure outside the data has no before and after.
      effect:
        m.date > engine.ds.dataStart && m.date <= end
          ? measureEffect(engine, params, m.date)
          : null,
    })),
  };
  steerings.set(data, { key, steering });
  return steering;
}

/** The key under which a stored dataset's figures are kept: valid for the same build, batches and settings. */
export const shownKey = (settings: FigureSettings, dataset: DatasetInfo): string =>
  JSON.stringify([__BUILD_ID__, dataset.id, dataset.batches.map((b) => b.id), settings]);

/**
 * The last few figure sets per data set, by settings: going back to a filter
 * just left shows at once. (Each is the figures as sent, ~0,5 MB at 1M allocations.)
 */
const recent = new WeakMap<ColumnarRecords, Map<string, Analysis>>();
const RECENT = 6;

/** Keeps `analysis` as the figures of `data` under the settings `key` (`JSON.stringify`), the newest. */
function remember(data: ColumnarRecords, key: string, analysis: Analysis): void {
  const memo = recent.get(data) ?? new Map<string, Analysis>();
  recent.set(data, memo);
  memo.delete(key);
  memo.set(key, analysis);
  if (memo.size > RECENT) memo.delete(memo.keys().next().value as string);
}

/** Computes the figures of the data in view, and keeps those of a stored dataset for the next start. */
export async function analyseInView(
  session: Session,
  /** The settings of this call: others may come in while it waits for the data or its cost. */
  settings: FigureSettings = session.settings,
): Promise<Analysis> {
  if (!session.inView) throw new Error('Geen gegevens in beeld.');
  const { data: loading, report, dataset } = session.inView;
  const data = await loading;
  const key = JSON.stringify(settings);
  const analysis =
    recent.get(data)?.get(key) ??
    (await analyse(session, data, report, dataset, null, true, settings));
  remember(data, key, analysis);
  const kept = dataset ? shownKey(settings, dataset) : null;
  if (kept !== null && kept !== session.keptKey) {
    session.keptKey = kept;
    // Kept while the figures go to the screen; a failure only costs the next start its head start.
    session.workspace.setSetting('shownFigures', { key: kept, analysis }).catch(() => {
      session.keptKey = null;
    });
  }
  return analysis;
}

/**
 * A stored dataset shown from the figures kept under `key` (`shownKey`): once its data have
 * loaded, those figures answer their settings again (going back to them computes nothing), their
 * steering figures serve every filter, and what every call starts from is made ahead of the first
 * one while the user reads: the dataset, its trajectories, the steering figures should the
 * settings have changed meanwhile (`inView.prepared` says which steps ran). Each step is
 * a task of its own at background priority, so a call that comes in meanwhile goes first and
 * waits at most for the step under way, which it would have made itself. It stops when other
 * data come into view; a step that fails is left to the next call, which says why.
 */
export function prepareInView(session: Session, shown: Analysis, key: string): void {
  const inView = session.inView;
  if (!inView) return;
  const settings = session.settings;
  const made = async (): Promise<PreparedStep[]> => {
    const done: PreparedStep[] = [];
    const data = await inView.data;
    if (session.inView !== inView) return done;
    remember(data, JSON.stringify(settings), shown);
    // The steering figures do not depend on the filters: the kept ones serve every filter.
    if (shown.steering)
      steerings.set(data, { key: steeringKey(settings), steering: shown.steering });
    session.keptKey = key;
    if (data.allocations.length === 0) return done;
    const helper = costHelper();
    const steps: [PreparedStep, () => unknown][] = [
      ['dataset', () => engineFor(data)],
      ['trajectories', () => engineFor(data).prepare(paramsOf(session, data))],
      // What the cost worker reads, copied to it now, not on the first filter change.
      ...alongside(helper, (h) => engineFor(data).holdAlongside(paramsOf(session, data), h)),
      ['steering', () => steeringOf(settings, data, engineFor(data))],
    ];
    for (const [step, make] of steps) {
      await inBackground();
      if (session.inView !== inView) break;
      make();
      done.push(step);
    }
    return done;
  };
  inView.prepared = made().catch(() => []);
}

/** The step `costThread`, where there is a cost worker. */
const alongside = (
  helper: CostHelper | null,
  step: (helper: CostHelper) => void,
): [PreparedStep, () => unknown][] => (helper ? [['costThread', () => step(helper)]] : []);

/** Chromium's prioritised task scheduler (workers too); not in every runtime. */
type TaskScheduler = {
  postTask(task: () => void, options: { priority: 'background' }): Promise<void>;
};

/**
 * Resolves in a task of its own, after the messages already waiting: at background priority
 * where the runtime has a scheduler (Chromium, so Electron), else after a timeout of 0.
 */
function inBackground(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  if (scheduler) return scheduler.postTask(() => undefined, { priority: 'background' });
  return new Promise((resolve) => setTimeout(resolve, 0));
}
