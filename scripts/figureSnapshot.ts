/**
 * Every figure the app can show, as one canonical JSON document (keys sorted), so
 * that a refactoring can prove it changed none: run it before and after and compare.
 *
 *   npx tsx scripts/figureSnapshot.ts > after.json
 *   scripts/sameFigures.sh <commit>    # the same at <commit> and at the work tree, then cmp
 *
 * It reads the CLI's inputs (the sample workbook, the test fixtures) through the
 * same import, and computes `metrics`, `compare`, drill-downs and a set of filter
 * and settings combinations on them, plus synthetic data with cost lines and tariffs.
 * It names only what every version since the snapshot's introduction exports.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { syntheticRecords } from '../data-samples/synthetic';
import { compareMunicipalities } from '../shared/compare/compare';
import { importFiles } from '../shared/import/importFiles';
import { buildDataset, datasetFromColumns } from '../shared/metrics/dataset';

const root = join(import.meta.dirname, '..');
// The engine's home moved in the refactoring this script was written to check.
const engineModule = existsSync(join(root, 'shared/metrics/engine.ts'))
  ? '../shared/metrics/engine'
  : '../shared/metrics/compute';
const { MetricsEngine } = (await import(engineModule)) as typeof import('../shared/metrics/engine');
type Engine = InstanceType<typeof MetricsEngine>;
type Params = Parameters<Engine['figures']>[0] & object;
type Query = Parameters<Engine['drill']>[1];

const file = (path: string) => ({
  name: basename(path),
  bytes: new Uint8Array(readFileSync(join(root, path))),
});
// A fixed key: the drill-downs' pseudonyms must be the same in both runs.
const key = new Uint8Array(32).fill(7);

/** Objects with their keys sorted, so equal figures print equally. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object' && !ArrayBuffer.isView(value))
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  return value;
}

const filterSets: { name: string; params: Params }[] = [
  { name: 'alles', params: {} },
  { name: 'ggz', params: { filters: { providerGroups: ['ggz'] } } },
  { name: 'IB1', params: { filters: { products: ['IB1'] } } },
  { name: 'IB2+IB3', params: { filters: { products: ['IB2', 'IB3'] } } },
  { name: '18-26', params: { filters: { ageBands: ['18-26'] } } },
  {
    name: 'gemengd',
    params: { filters: { providerGroups: ['gehandicaptenzorg', 'ggz'], products: ['IB1', 'IB2'] } },
  },
  { name: 'peildatum-midden', params: { peildatum: 17_712 } }, // 2018-06-30
  { name: 'grens-0', params: { gapDays: 0 } },
  { name: 'grens-92', params: { gapDays: 92 } },
  { name: 'drempel-10', params: { growthThreshold: 10 } },
  {
    name: 'eigen-tarieven',
    params: {
      tariffs: [
        { product: 'IB1', year: 2018, perMonth: 50_000 },
        { product: 'IB2', year: 2019, perMonth: 90_000 },
      ] as never,
    },
  },
];

const queries: Query[] = [
  { metric: 'inflow', kind: 'year', period: '2018' },
  { metric: 'outflow', kind: 'quarter', period: '2019-Q2' },
  { metric: 'clients', kind: 'month', period: '2017-03' },
  { metric: 'activeAtYearEnd', kind: 'year', period: '2019' },
  { metric: 'reentry', kind: 'fourWeek', period: '2018-P05' },
];

function figuresOf(engine: Engine, extra: Params, providers: readonly string[]) {
  const out: Record<string, unknown> = {};
  const sets = [
    ...filterSets,
    { name: 'aanbieders', params: { filters: { providers: providers.slice(0, 3) } } },
  ];
  for (const { name, params } of sets) {
    const p = { ...extra, ...params };
    out[name] = {
      figures: engine.figures(p),
      yearTotals: engine.yearTotals(p),
      drill: queries.map((q) => {
        try {
          return engine.drill(p, q, 50);
        } catch (error) {
          return { error: String(error) };
        }
      }),
    };
  }
  return out;
}

async function imported(paths: string[]) {
  const { data, report } = await importFiles(paths.map(file), { pseudonymKey: key });
  return { data, report };
}

const snapshot: Record<string, unknown> = {};

for (const paths of [
  ['data-samples/drechtsteden-2015-2019.xlsx'],
  ['test/fixtures/mini.xlsx'],
  ['test/fixtures/toewijzingen-1252-puntkomma.csv', 'test/fixtures/kosten-vierweken-1252.csv'],
]) {
  const { data, report } = await imported(paths);
  const engine = new MetricsEngine(datasetFromColumns(data));
  snapshot[paths.join('+')] = figuresOf(
    engine,
    { rejectedRows: report.rejected.length },
    engine.ds.providerIds,
  );
}

{
  const paths = [
    'test/fixtures/vergelijking-toewijzingen.csv',
    'test/fixtures/vergelijking-inwoners.csv',
    'test/fixtures/statline-86050NED.csv',
  ];
  const { data } = await imported(paths);
  const engine = new MetricsEngine(datasetFromColumns(data));
  snapshot.compare = Object.fromEntries(
    filterSets.map(({ name, params }) => [
      name,
      compareMunicipalities(engine, data.population, data.references, params),
    ]),
  );
  snapshot.compareMetrics = figuresOf(engine, {}, engine.ds.providerIds);
}

for (const costLines of [false, true]) {
  const records = syntheticRecords(20_000, { costLines, seed: 11 });
  const engine = new MetricsEngine(buildDataset(records));
  snapshot[`synthetisch-${costLines ? 'kostenregels' : 'tarieven'}`] = figuresOf(
    engine,
    {},
    engine.ds.providerIds,
  );
}

process.stdout.write(`${JSON.stringify(canonical(snapshot))}\n`);
