/// <reference lib="webworker" />
import { compareMunicipalities } from '../../../shared/compare/compare';
import { type InputFile, importFiles, type SheetMapping } from '../../../shared/import/importFiles';
import { contentHash } from '../../../shared/import/merge';
import type { ImportReport } from '../../../shared/import/report';
import { parseDate } from '../../../shared/import/values/dates';
import { defaultAgeBounds, makeAgeBands } from '../../../shared/metrics/ageBands';
import { datasetFields, datasetFromColumns } from '../../../shared/metrics/dataset';
import { MetricsEngine } from '../../../shared/metrics/engine';
import { DEFAULT_GAP_DAYS } from '../../../shared/metrics/params';
import type { ColumnarRecords } from '../../../shared/model/columnar';
import { municipalityName } from '../../../shared/model/municipalities';
import { ibProducts, isIb, type ProductCode } from '../../../shared/model/products';
import { providerGroups } from '../../../shared/model/providerGroups';
import type { Tariff } from '../../../shared/model/records';
import { backupWorkspace, restoreWorkspace } from '../db/backup';
import type { BatchRow } from '../db/schema';
import { StorageError, Workspace } from '../db/workspace';
import { msg } from '../i18n/msg';
import type {
  Analysis,
  BatchInfo,
  DatasetInfo,
  FigureSettings,
  FilterOptions,
  WorkerCall,
  WorkerRequest,
  WorkerResponse,
} from './protocol';

// Parsing, storing and figures run here, never on the UI thread.
const post = (message: WorkerResponse) => (self as unknown as Worker).postMessage(message);

/** Reports how far an import's reading is, at most every 100 ms and only forward. */
function readingProgress(id: number): (done: number) => void {
  let shown = 0;
  let at = 0;
  return (done) => {
    const now = performance.now();
    if (done <= shown || (now - at < 100 && done < 1)) return;
    shown = done;
    at = now;
    post({ id, type: 'progress', stage: 'reading', done });
  };
}
const workspace = Workspace.open();

/** The figure settings in force, and the data on screen (recomputed when the settings change). */
const defaults: FigureSettings = {
  peildatum: null,
  gapDays: DEFAULT_GAP_DAYS,
  filters: {},
  ageBounds: [...defaultAgeBounds],
  tariffs: [],
};
let settings = defaults;
/** The data in view: a stored dataset may still be loading while its kept figures show. */
interface Current {
  data: Promise<ColumnarRecords>;
  report: ImportReport;
  dataset: DatasetInfo | null;
}
let current: Current | null = null;

const params = (data: ColumnarRecords | null) => {
  const day = settings.peildatum ? parseDate(settings.peildatum) : null;
  return {
    gapDays: settings.gapDays,
    filters: settings.filters ?? {},
    ageBands: makeAgeBands(settings.ageBounds),
    ...(day?.ok ? { peildatum: day.day as number } : {}),
    ...(data && settings.tariffs.length > 0
      ? { tariffs: withOwnTariffs(data.tariffs, settings.tariffs) }
      : {}),
  };
};

/** Imported tariffs with the user's own ones in their place (same product and year). */
function withOwnTariffs(imported: readonly Tariff[], own: readonly Tariff[]): Tariff[] {
  const key = (t: Tariff) => `${t.product}:${t.year}`;
  const mine = new Set(own.map(key));
  return [...imported.filter((t) => !mine.has(key(t))), ...own];
}

/** The workspace as it was before the last restore, until the user keeps the restored one. */
let beforeRestore: Uint8Array | null = null;

/** The import the user is looking at, kept here until it is committed or discarded. */
let pending: {
  files: string[];
  hash: string;
  data: ColumnarRecords;
  report: ImportReport;
  mappings: Record<string, SheetMapping>;
  productMap: Record<string, ProductCode>;
} | null = null;
const MAPPINGS = 'columnMappings';
const PRODUCTS = 'productMappings';

const batchInfo = (b: BatchRow): BatchInfo => ({
  id: b.id,
  files: b.files,
  importedAt: b.importedAt,
  allocations: b.counts.allocations,
  rejectedRows: b.counts.rejectedRows,
});

/**
 * One engine per set of records: the columnar dataset and its trajectories are
 * built once, so a filter or settings change only recomputes from the arrays.
 */
const engines = new WeakMap<ColumnarRecords, MetricsEngine>();
function engineFor(data: ColumnarRecords): MetricsEngine {
  let engine = engines.get(data);
  if (!engine) {
    engine = new MetricsEngine(datasetFromColumns(data));
    engines.set(data, engine);
  }
  return engine;
}

function figures(
  data: ColumnarRecords,
  report: ImportReport,
  dataset: DatasetInfo | null,
  knownBatch: BatchInfo | null,
): Analysis {
  const engine = data.allocations.length > 0 ? engineFor(data) : null;
  const metrics = engine
    ? engine.figures({ ...params(data), rejectedRows: report.rejected.length })
    : null;
  const hasPopulation = data.population.length > 0 || data.references.length > 0;
  const compare =
    engine && hasPopulation
      ? compareMunicipalities(engine, data.population, data.references, params(data))
      : null;
  return {
    report,
    metrics,
    compare,
    allocations: data.allocations.length,
    dataset,
    knownBatch,
    filterOptions: filterOptions(data, engine),
    importedTariffs: data.tariffs,
    hasCostLines: data.costLines.length > 0,
  };
}

/** Filter options per set of records and age bands: they only change with the data. */
const optionsCache = new WeakMap<ColumnarRecords, { bounds: string; options: FilterOptions }>();
function filterOptions(data: ColumnarRecords, engine: MetricsEngine | null): FilterOptions {
  const bounds = settings.ageBounds.join(',');
  const known = optionsCache.get(data);
  if (known?.bounds === bounds) return known.options;
  const options = collectFilterOptions(data, engine);
  optionsCache.set(data, { bounds, options });
  return options;
}

function collectFilterOptions(data: ColumnarRecords, engine: MetricsEngine | null): FilterOptions {
  const codes = new Set([
    ...(data.allocations.dictionaries.municipality ?? []),
    ...(data.clients.dictionaries.municipality ?? []),
  ]);
  const groups = new Set(data.providers.map((p) => p.group));
  groups.add('overig');
  const products = new Set(
    (data.allocations.dictionaries.product ?? []).filter((p) => isIb(p as ProductCode)),
  );
  return {
    municipalities: [...codes]
      .sort()
      .map((code) => ({ code, name: municipalityName(code) ?? code })),
    providerGroups: providerGroups.filter((g) => groups.has(g)),
    products: ibProducts.filter((p) => products.has(p)),
    ageBands: [...makeAgeBands(settings.ageBounds).labels],
    providers: engine ? providerOptions(engine) : [],
  };
}

/**
 * Every provider with an IB allocation, by name (its code when the providers
 * sheet has none, and after the name when two providers share one).
 */
function providerOptions({ ds }: MetricsEngine): FilterOptions['providers'] {
  const named = ds.providerIds.map((id, i) => ({ id, name: ds.providerNames[i] ?? id }));
  const uses = new Map<string, number>();
  for (const p of named) uses.set(p.name, (uses.get(p.name) ?? 0) + 1);
  return named
    .map((p) => ((uses.get(p.name) ?? 0) > 1 ? { ...p, name: `${p.name} (${p.id})` } : p))
    .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}

async function datasetInfo(datasetId: string): Promise<DatasetInfo | null> {
  const row = (await workspace.datasets()).find((d) => d.id === datasetId);
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    batches: (await workspace.batches(datasetId)).map(batchInfo),
  };
}

/**
 * The figures last computed for a stored dataset, kept so that the app opens on
 * them at once while the dataset loads. Valid for the same build, batches and settings.
 */
const SHOWN = 'shownFigures';
interface Shown {
  key: string;
  analysis: Analysis;
}
/** The key of the figures kept last, so the same ones are not written again. */
let keptKey: string | null = null;
const shownKey = (dataset: DatasetInfo) =>
  JSON.stringify([__BUILD_ID__, dataset.id, dataset.batches.map((b) => b.id), settings]);

/**
 * The last few figure sets per data set, by settings: going back to a filter
 * just left shows at once. (Each is the figures as sent, ~0,5 MB at 1M allocations.)
 */
const recent = new WeakMap<ColumnarRecords, Map<string, Analysis>>();
const RECENT = 6;

/** Computes the figures of the data in view, and keeps those of a stored dataset for the next start. */
async function compute(): Promise<Analysis> {
  const { data: loading, report, dataset } = current as Current;
  const data = await loading;
  const memo = recent.get(data) ?? new Map<string, Analysis>();
  recent.set(data, memo);
  const key = JSON.stringify(settings);
  const analysis = memo.get(key) ?? figures(data, report, dataset, null);
  memo.delete(key);
  memo.set(key, analysis);
  if (memo.size > RECENT) memo.delete(memo.keys().next().value as string);
  const kept = dataset ? shownKey(dataset) : null;
  if (kept !== null && kept !== keptKey) {
    keptKey = kept;
    // Kept while the figures go to the screen; a failure only costs the next start its head start.
    workspace.setSetting(SHOWN, { key: kept, analysis } satisfies Shown).catch(() => {
      keptKey = null;
    });
  }
  return analysis;
}

/**
 * A stored dataset's figures, with the report of its latest import. `stored` is
 * its data when the worker holds it already (a new dataset just committed): then
 * nothing is read back, and the preview's engine is used again.
 */
async function open(
  datasetId: string,
  id: number,
  stored?: ColumnarRecords,
): Promise<WorkerResponse> {
  post({ id, type: 'progress', stage: 'reading' });
  const dataset = await datasetInfo(datasetId);
  if (!dataset) throw new Error(msg('Deze gegevensset bestaat niet meer.'));
  const last = (await workspace.batches(datasetId)).at(-1);
  const report: ImportReport = {
    fileErrors: [],
    sheets: last?.report.sheets ?? [],
    rejected: last?.report.rejected ?? [],
    warnings: [],
    duplicates: last?.report.duplicates ?? 0,
    updated: last?.report.updated ?? 0,
    unknownProducts: [],
    encoding: {},
  };
  await workspace.setSetting('activeDatasetId', datasetId);
  // The kept figures are read before the data, whose reading would hold them up.
  const shown = await workspace.setting<Shown>(SHOWN);
  const data = stored ? Promise.resolve(stored) : workspace.load(datasetId, datasetFields);
  // Awaited by whatever needs the data next; not left unhandled should nothing need it.
  data.catch(() => undefined);
  current = { data, report, dataset };
  if (shown?.key === shownKey(dataset)) return { id, type: 'analysis', analysis: shown.analysis };
  await data;
  post({ id, type: 'progress', stage: 'computing' });
  return { id, type: 'analysis', analysis: await compute() };
}

// Messages are Dutch keys; the UI shows them through t() in the user's language.
const restoreRefusals = {
  not_a_backup: msg(
    'Dit bestand is geen reservekopie van de Begeleidingsmonitor. Er is niets veranderd.',
  ),
  damaged: msg(
    'Deze reservekopie is beschadigd (de controlesom klopt niet). Er is niets veranderd.',
  ),
  newer_version: msg(
    'Deze reservekopie is gemaakt met een nieuwere versie van de Begeleidingsmonitor. Werk de app bij en probeer het opnieuw. Er is niets veranderd.',
  ),
} as const;

async function handle(id: number, call: WorkerCall): Promise<WorkerResponse> {
  switch (call.type) {
    case 'state': {
      const datasets = (await workspace.datasets()).map((d) => ({ id: d.id, name: d.name }));
      const active = (await workspace.setting<string>('activeDatasetId')) ?? null;
      // Settings stored by an earlier version lack the newer fields: the defaults fill them in.
      settings = {
        ...defaults,
        ...((await workspace.setting<FigureSettings>('figureSettings')) ?? {}),
      };
      return {
        id,
        type: 'state',
        state: {
          datasets,
          activeDatasetId: datasets.some((d) => d.id === active) ? active : null,
          settings,
        },
      };
    }
    case 'sample': {
      post({ id, type: 'progress', stage: 'reading' });
      const { data, report } = await importFiles([call.file], {
        pseudonymKey: await workspace.pseudonymKey(),
      });
      post({ id, type: 'progress', stage: 'computing' });
      current = { data: Promise.resolve(data), report, dataset: null };
      return { id, type: 'analysis', analysis: await compute() };
    }
    case 'settings': {
      settings = call.settings;
      // Stored while the figures are computed: IndexedDB works off this thread.
      // (Its failure is held, not left unhandled, should the figures fail first.)
      const saved = workspace.setSetting('figureSettings', settings).then(
        () => null,
        (error: unknown) => error,
      );
      let analysis: Analysis | null = null;
      if (current) {
        post({ id, type: 'progress', stage: 'computing' });
        analysis = await compute();
      }
      const failure = await saved;
      if (failure) throw failure;
      return analysis ? { id, type: 'analysis', analysis } : { id, type: 'ok' };
    }
    case 'preview': {
      post({ id, type: 'progress', stage: 'reading' });
      // Corrections made before, for files with the same headers, apply again.
      const remembered = (await workspace.setting<Record<string, SheetMapping>>(MAPPINGS)) ?? {};
      const mappings = { ...remembered, ...call.mappings };
      const rememberedProducts =
        (await workspace.setting<Record<string, ProductCode>>(PRODUCTS)) ?? {};
      const productMap = { ...rememberedProducts, ...call.productMap };
      const { data, report } = await importFiles(call.files, {
        pseudonymKey: await workspace.pseudonymKey(),
        mappings,
        productMap,
        onProgress: readingProgress(id),
      });
      const hash = await contentHash(call.files);
      pending = {
        files: call.files.map((f: InputFile) => f.name),
        hash,
        data,
        report,
        mappings: call.mappings,
        productMap: call.productMap,
      };
      const known = call.datasetId ? await workspace.findByHash(call.datasetId, hash) : undefined;
      post({ id, type: 'progress', stage: 'computing' });
      return {
        id,
        type: 'analysis',
        analysis: figures(data, report, null, known ? batchInfo(known) : null),
      };
    }
    case 'commit': {
      if (!pending) throw new Error(msg('Er is geen import om te bevestigen.'));
      post({ id, type: 'progress', stage: 'saving' });
      const { mappings, productMap, ...batch } = pending;
      const { datasetId } = await workspace.commit({
        dataset:
          'datasetId' in call.target ? { id: call.target.datasetId } : { name: call.target.name },
        ...batch,
        ...(call.replace ? { replaces: call.replace } : {}),
      });
      // A confirmed correction is remembered for the next file with the same headers.
      if (Object.keys(mappings).length > 0) {
        const remembered = (await workspace.setting<Record<string, SheetMapping>>(MAPPINGS)) ?? {};
        await workspace.setSetting(MAPPINGS, { ...remembered, ...mappings });
      }
      if (Object.keys(productMap).length > 0) {
        const remembered = (await workspace.setting<Record<string, ProductCode>>(PRODUCTS)) ?? {};
        await workspace.setSetting(PRODUCTS, { ...remembered, ...productMap });
      }
      pending = null;
      // Its only batch is this one: the data in hand is what was stored.
      const alone = (await workspace.batches(datasetId)).length === 1;
      return open(datasetId, id, alone ? batch.data : undefined);
    }
    case 'drill': {
      const data = current ? await current.data : null;
      if (!data || data.allocations.length === 0)
        throw new Error(msg('Er zijn geen gegevens om in te zoomen.'));
      const result = engineFor(data).drill(params(data), call.query);
      return { id, type: 'drill', result };
    }
    case 'backup':
      post({ id, type: 'progress', stage: 'reading' });
      return { id, type: 'bytes', bytes: await backupWorkspace(workspace) };
    case 'restore': {
      post({ id, type: 'progress', stage: 'saving' });
      const before = await backupWorkspace(workspace);
      const restored = await restoreWorkspace(workspace, call.bytes);
      keptKey = null; // the restored workspace has its own kept figures, or none
      if (!restored.ok) return { id, type: 'refused', message: restoreRefusals[restored.reason] };
      beforeRestore = before;
      return { id, type: 'ok' };
    }
    case 'undoRestore': {
      if (!beforeRestore)
        throw new Error(msg('Er is geen teruggezette reservekopie om ongedaan te maken.'));
      post({ id, type: 'progress', stage: 'saving' });
      await restoreWorkspace(workspace, beforeRestore);
      beforeRestore = null;
      keptKey = null;
      return { id, type: 'ok' };
    }
    case 'discard':
      pending = null;
      return { id, type: 'ok' };
    case 'open':
      return open(call.datasetId, id);
    case 'undo': {
      const batch = await workspace.db.batches.get(call.batchId);
      await workspace.undo(call.batchId);
      if (!batch) return { id, type: 'ok' };
      if ((await workspace.batches(batch.datasetId)).length === 0) {
        await workspace.removeDataset(batch.datasetId);
        await workspace.setSetting('activeDatasetId', null);
        return { id, type: 'ok' };
      }
      return open(batch.datasetId, id);
    }
  }
}

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { id, call } = event.data;
  try {
    post(await handle(id, call));
  } catch (error) {
    const message =
      error instanceof StorageError && error.code === 'quota'
        ? msg(
            'De opslag is vol: er is niets opgeslagen. Maak ruimte vrij of verwijder een gegevensset, en probeer het opnieuw.',
          )
        : error instanceof Error
          ? error.message
          : String(error);
    post({ id, type: 'error', message });
  }
};
