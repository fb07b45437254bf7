// `npm run bench [-- --json] [-- --sizes 100000,1000000] [-- --no-ui]`: our figures against the same
// definitions in DuckDB SQL, measured in the same run, reported as ratios. It runs bundled (esbuild,
// as the app's code runs bundled), not through tsx, whose module getters slow hot loops by ~40 %.

import { execFileSync } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import officeCrypto from 'officecrypto-tool';
import { messagesFromRecords } from '../data-samples/iwmo';
import { splitRecords, syntheticRecords } from '../data-samples/synthetic';
import { compareEveryFigure } from '../shared/compare/figuresByMunicipality';
import { importFiles } from '../shared/import/importFiles';
import { mergeColumnBatches } from '../shared/import/mergeColumns';
import { buildDataset, datasetFromColumns } from '../shared/metrics/dataset';
import { MetricsEngine } from '../shared/metrics/engine';
import { toColumnar } from '../shared/model/columnar';
import { civilFromDay, dayFromCivil } from '../shared/periods/days';
import { forecastYear } from '../shared/steer/forecast';
import { allocationsCsv, allocationsXlsx } from './allocationFiles';
import { costHelper } from './costThread';
import { filterPasses, type PassTimes } from './filterPasses';
import { type IdbResult, idbAppBench } from './idbApp';
import { tempFile } from './tempFile';
import { type UiFilterResult, uiFilterBench } from './uiFilter';

const args = process.argv.slice(2);
const json = args.includes('--json');
/**
 * `--only compare`: just the comparison with every figure (compare1M); `--only figures`: just
 * the figures against DuckDB per size (metrics1M, metrics10M).
 */
const only = args.includes('--only') ? (args[args.indexOf('--only') + 1] ?? null) : null;
const onlyCompare = only === 'compare';
/** Everything but the figures per size is skipped with `--only` (figures, compare or import). */
const others = only === null;
/**
 * `--only import`: just the 10M CSV import (importCsv10M); `--only idb`: just IndexedDB (idb1M,
 * idb10M); `--only passes`: just the wide filter change pass by pass per size (passes1M, …).
 */
const onlyImport = only === 'import';
const sizesArg = args[args.indexOf('--sizes') + 1];
const sizes =
  args.includes('--sizes') && sizesArg ? sizesArg.split(',').map(Number) : [100_000, 1_000_000];
const RUNS = 5;
/** A full collection before each timing, so one run does not pay for another's garbage. */
const settle = () => (globalThis as { gc?: () => void }).gc?.();

/** 100000 → 100k, 1000000 → 1M: the size in a bench key. */
const sizeLabel = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}M` : `${n / 1000}k`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const log = (line: string) => process.stderr.write(`${line}\n`);
/** Milliseconds as minutes and seconds (m:ss). */
const clock = (ms: number) => {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};
/**
 * How long each part of the run took, in seconds (the issue-22 run must fit in 15 minutes):
 * a part lasts from its header (`section`) to the next one's, or to the summary.
 */
const durations: { part: string; s: number }[] = [];
let partStart = performance.now();
/** Starts a part of the run: its header line, with the time since the start. */
function section(title: string): void {
  endSection();
  durations.push({ part: title.replace(/…$/, ''), s: 0 });
  partStart = performance.now();
  log(`— [${clock(partStart)}] ${title}`);
}
/** Ends the part under way (its length in `durations`). */
function endSection(): void {
  const last = durations.at(-1);
  if (last) last.s = Math.round((performance.now() - partStart) / 1000);
}

interface Row {
  allocations: number;
  buildMs: number;
  oursMs: number;
  /** A filter change on the engine that just computed every figure: provider group GGZ (~18 % of allocations). */
  filterMs: number;
  /** The same with a wide filter: product IB1 (~48 % of allocations). */
  filterWideMs: number;
  /**
   * The year-end forecast with its backtest at 30 September of the last year, as
   * the app makes it: after the figures at that peildatum, on the same engine
   * (which shares the trajectories and the unfiltered cost pass).
   */
  forecastMs: number;
  /** The same on a fresh engine: trajectories and cost pass built inside the timing. */
  forecastColdMs: number;
  duckdbMs: number;
  ratio: number;
  /**
   * The peer of `filterWideMs`: DuckDB's filter change to IB1, the figures' queries under the
   * filter on the trajectory tables its `duckdbMs` runs made (as the engine keeps its trajectories).
   */
  duckdbFilterWideMs: number;
  /** `filterWideMs` / `duckdbFilterWideMs`: the wide filter change against its peer, in one run. */
  filterWideRatio: number;
  /** The same data as import batches of 100k (stored newest first): the same figures, money to the cent. */
  chunkedEqual: boolean;
  /** The filter changes with the cost on a second thread give the figures of one thread. */
  alongsideEqual: boolean;
  /** Copying what the second thread reads (columns and trajectories; the app does it while the user reads). */
  holdMs: number;
  /** The largest heap while the engine computed (no record objects alive). */
  heapMb: number;
}

/** JSON with object keys in order: the figures compared as values, not by insertion order. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );

const rows: Row[] = [];
for (const n of only === null || only === 'figures' ? sizes : []) rows.push(await figuresAt(n));

/**
 * Every figure at `n` allocations, ours and DuckDB's. A function of its own, as every part with
 * data of its size: this file is one async function (top-level await), and its variables still
 * held the last part's data when it waited later (the 10M columns, 1M records through the
 * imports and IndexedDB parts), so every full collection of the later parts marked them.
 */
async function figuresAt(n: number): Promise<Row> {
  // Fewer runs at ten million (each DuckDB run takes a minute); the median of three.
  const runs = n >= 10_000_000 ? 3 : RUNS;
  section(`${n.toLocaleString('nl-NL')} toewijzingen: alle cijfers, ons en DuckDB…`);
  // The records as the import hands them to the app: in columns. The record objects exist only
  // for the batches check, and are gone before our timings (issue 22): the app's worker never
  // holds them.
  let records: ReturnType<typeof syntheticRecords> | null = syntheticRecords(n);
  const columns = toColumnar(records);
  const dataEnd = datasetFromColumns(columns).dataEnd;
  // The same data as import batches of 100k (stored newest first): their figures are made now
  // and kept as text, and the batches dropped, so no second copy of the data is alive while the
  // engine is timed (the app's worker holds one).
  let batches: ReturnType<typeof toColumnar>[] | null = splitRecords(
    records,
    Math.max(1, n / 100_000),
  )
    .reverse()
    .map(toColumnar);
  records = null;
  const batchFigures = canonical(
    new MetricsEngine(datasetFromColumns(mergeColumnBatches(batches).data)).figures(),
  );
  batches = null;
  settle();
  // In a process of its own, on the same seeded data: loaded once, the queries timed `runs`
  // times (at 10M a load takes longer than the queries). This process holds no records
  // meanwhile: at 10M the two together would not fit in this machine's 24 GB.
  const duck = duckdbChild(n, dataEnd, 31, runs);
  // The build as many times as the figures, the median as for them: one build alone at 10M
  // follows DuckDB's process while the machine takes its memory back (927–1.353 ms in runs
  // 11–13 against 858–970 before).
  const builds: number[] = [];
  const build = () => {
    settle();
    const start = performance.now();
    const made = datasetFromColumns(columns);
    builds.push(performance.now() - start);
    return made;
  };
  for (let r = 1; r < runs; r++) build(); // dropped at once
  const ds = build();
  const buildMs = median(builds);
  let t = 0;
  const ours: number[] = [];
  const filter: number[] = [];
  const filterWide: number[] = [];
  const forecast: number[] = [];
  const forecastCold: number[] = [];
  // The forecast is made at 30 September of the data's last year, as a contract manager would.
  const forecastDay = dayFromCivil(civilFromDay(ds.dataEnd).year, 9, 30);
  let heapMb = 0;
  // A filter change as the app's worker makes it: the cost on a second thread (`costThread`).
  const { helper, close } = costHelper();
  const hold: number[] = [];
  for (let r = 0; r < runs; r++) {
    const engine = new MetricsEngine(ds); // fresh: trajectories are built inside the timing
    settle();
    t = performance.now();
    engine.figures();
    ours.push(performance.now() - t);
    heapMb = Math.max(heapMb, process.memoryUsage().heapUsed / 2 ** 20);
    // The copy for the second thread, as the app makes it while the user reads the figures
    // (the columns in the first run, the new engine's trajectories in each); then a moment
    // for that thread to take them in.
    t = performance.now();
    engine.holdAlongside({}, helper);
    hold.push(performance.now() - t);
    await new Promise((resolve) => setTimeout(resolve, 500));
    settle();
    t = performance.now();
    await engine.figuresAlongside({ filters: { providerGroups: ['ggz'] } }, helper);
    filter.push(performance.now() - t);
    settle();
    t = performance.now();
    await engine.figuresAlongside({ filters: { products: ['IB1'] } }, helper);
    filterWide.push(performance.now() - t);
    heapMb = Math.max(heapMb, process.memoryUsage().heapUsed / 2 ** 20);
    // The forecast's target is at 1M; at 10M it is timed once, to keep the run within 15 minutes.
    if (n >= 10_000_000 && r > 0) continue;
    const app = new MetricsEngine(ds);
    app.figures({ peildatum: forecastDay });
    settle();
    t = performance.now();
    forecastYear(app, { peildatum: forecastDay });
    forecast.push(performance.now() - t);
    const fresh = new MetricsEngine(ds); // trajectories at the forecast's day built inside too
    settle();
    t = performance.now();
    forecastYear(fresh, { peildatum: forecastDay });
    forecastCold.push(performance.now() - t);
  }
  log(
    `  runs ons: ${ours.map(Math.round).join(', ')} ms; DuckDB: ${duck.ms.map(Math.round).join(', ')}; DuckDB IB1: ${duck.wideMs.map(Math.round).join(', ')} ms`,
  );
  const chunkedEqual = batchFigures === canonical(new MetricsEngine(ds).figures());
  // The wide change with the cost on the second thread gives the figures of one thread.
  const checked = new MetricsEngine(ds);
  const wide = { filters: { products: ['IB1' as const] } };
  const alongsideEqual =
    canonical(await checked.figuresAlongside(wide, helper)) === canonical(checked.figures(wide));
  await close();
  const row: Row = {
    allocations: n,
    buildMs: Math.round(buildMs),
    oursMs: Math.round(median(ours)),
    filterMs: Math.round(median(filter)),
    filterWideMs: Math.round(median(filterWide)),
    forecastMs: Math.round(median(forecast)),
    forecastColdMs: Math.round(median(forecastCold)),
    duckdbMs: Math.round(median(duck.ms)),
    ratio: Math.round((median(ours) / median(duck.ms)) * 1000) / 1000,
    duckdbFilterWideMs: Math.round(median(duck.wideMs)),
    filterWideRatio: Math.round((median(filterWide) / median(duck.wideMs)) * 1000) / 1000,
    chunkedEqual,
    alongsideEqual,
    holdMs: Math.round(hold[0] as number),
    heapMb: Math.round(heapMb),
  };
  log(
    `  alle cijfers: ons ${row.oursMs} ms, DuckDB ${row.duckdbMs} ms → verhouding ${row.ratio} (doel ≤ 0,2 bij 1M, ≤ 0,1 bij 10M); filterwissel ${row.filterMs} ms (GGZ; breed, IB1: ${row.filterWideMs} ms, DuckDB IB1 ${row.duckdbFilterWideMs} ms → verhouding ${row.filterWideRatio}); prognose met terugblik na de cijfers ${row.forecastMs} ms (${(row.forecastMs / row.oursMs).toFixed(2)} × alle cijfers; doel ≤ 300 ms bij 1M), op een verse engine ${row.forecastColdMs} ms; dataset bouwen uit kolommen ${row.buildMs} ms; heap ${row.heapMb} MB; in batches van 100.000 dezelfde cijfers: ${row.chunkedEqual ? 'ja' : 'NEE'}; kosten op een tweede thread: dezelfde cijfers ${row.alongsideEqual ? 'ja' : 'NEE'}, kopie vooraf ${row.holdMs} ms`,
  );
  return row;
}

// The wide filter change pass by pass (`--only passes`): where filterWideMs goes, per size.
const passes: Record<string, PassTimes> = {};
for (const n of only === 'passes' ? sizes : []) {
  section(`${n.toLocaleString('nl-NL')} toewijzingen: filterwissel IB1 per stap…`);
  const times = await filterPassesAt(n);
  passes[`passes${sizeLabel(n)}`] = times;
  log(
    `  ${Object.entries(times)
      .map(([pass, ms]) => `${pass} ${ms}`)
      .join(', ')} ms`,
  );
}

/** The wide filter change pass by pass at `n` allocations (a function: see `figuresAt`). */
async function filterPassesAt(n: number): Promise<PassTimes> {
  let records: ReturnType<typeof syntheticRecords> | null = syntheticRecords(n);
  const columns = toColumnar(records);
  records = null;
  settle();
  return filterPasses(datasetFromColumns(columns), 3, settle);
}

// Ten million against one million in the same run (issue 22): near-linear is at most 12 ×.
const byN = (n: number) => rows.find((r) => r.allocations === n);
const tenM = byN(10_000_000);
const oneM = byN(1_000_000);
if (tenM && oneM)
  log(
    `  groei 1M → 10M: cijfers ${(tenM.oursMs / oneM.oursMs).toFixed(1)} ×, filter ${(tenM.filterMs / oneM.filterMs).toFixed(1)} ×, breed filter ${(tenM.filterWideMs / oneM.filterWideMs).toFixed(1)} ×, bouwen ${(tenM.buildMs / oneM.buildMs).toFixed(1)} × (doel ≤ 12 ×); DuckDB ${(tenM.duckdbMs / oneM.duckdbMs).toFixed(1)} ×, onder IB1 ${(tenM.duckdbFilterWideMs / oneM.duckdbFilterWideMs).toFixed(1)} ×`,
  );

// Vergelijking with every figure per municipality (issue 20): 1M allocations over seven
// municipalities, the whole comparison from a fresh engine against one figures pass from one.
interface CompareRun {
  ms: number;
  figuresMs: number;
  ratio: number;
  municipalities: number;
}
let compare1M: CompareRun | undefined;
if (((sizes.includes(1_000_000) && others) || onlyCompare) && !args.includes('--no-compare')) {
  section('vergelijking met elk cijfer, 1.000.000 toewijzingen in 7 gemeenten…');
  compare1M = compareAt1M();
  log(
    `  hele vergelijking ${compare1M.ms} ms, één keer alle cijfers ${compare1M.figuresMs} ms → ${compare1M.ratio} × (doel ≤ 1,5)`,
  );
}

/** The comparison with every figure, and its runs in the log (a function: see `figuresAt`). */
function compareAt1M(): CompareRun {
  const records = syntheticRecords(1_000_000, { municipalities: 7 });
  const ds = buildDataset(records);
  records.population = ds.municipalities.flatMap((municipality, k) =>
    [2015, 2016, 2017, 2018, 2019].map((year) => ({
      municipality,
      year,
      inhabitants: Math.round(120_000 / (k + 1)),
      inhabitants18: null,
    })),
  );
  const figures: number[] = [];
  const whole: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    settle();
    let t0 = performance.now();
    new MetricsEngine(ds).figures();
    figures.push(performance.now() - t0);
    settle();
    t0 = performance.now();
    compareEveryFigure(new MetricsEngine(ds), records.population, []);
    whole.push(performance.now() - t0);
  }
  log(`  runs ${whole.map(Math.round).join(', ')} / ${figures.map(Math.round).join(', ')}`);
  return {
    ms: Math.round(median(whole)),
    figuresMs: Math.round(median(figures)),
    ratio: Math.round((median(whole) / median(figures)) * 100) / 100,
    municipalities: ds.municipalities.length,
  };
}

// Import of a 1M-row CSV: parse + validate + records (median of three).
let importCsv1M: { ms: number; megabytes: number } | undefined;
if (sizes.includes(1_000_000) && others) {
  section('CSV van 1.000.000 regels importeren…');
  const bytes = new TextEncoder().encode(allocationsCsv(1_000_000));
  const times: number[] = [];
  for (let r = 0; r < 3; r++) {
    settle();
    const t0 = performance.now();
    await importFiles([{ name: 'toewijzingen.csv', bytes }], { pseudonymKey: new Uint8Array(32) });
    times.push(performance.now() - t0);
  }
  importCsv1M = { ms: Math.round(median(times)), megabytes: Math.round(bytes.length / 1e5) / 10 };
  log(
    `  CSV ${importCsv1M.megabytes} MB: ${importCsv1M.ms} ms (doel ≤ 4.000 ms); runs ${times.map(Math.round).join(', ')}`,
  );
}

// Import of a 10M-row CSV in a fresh process, for its own peak memory (issue 22: ≤ 25 s, ≤ 2 GB).
let importCsv10M: { ms: number; peakMb: number; megabytes: number } | undefined;
if (sizes.includes(10_000_000) && (others || onlyImport)) {
  section('CSV van 10.000.000 regels importeren (eigen proces)…');
  const file = tempFile('bm-csv-', 'toewijzingen.csv');
  writeFileSync(file, allocationsCsv(10_000_000));
  const run = xlsxChild(file, 'ours');
  importCsv10M = {
    ms: run.ms,
    peakMb: run.peakMb,
    megabytes: Math.round(statSync(file).size / 1e5) / 10,
  };
  log(
    `  CSV ${importCsv10M.megabytes} MB: ${importCsv10M.ms} ms (doel ≤ 25.000 ms), piek ${importCsv10M.peakMb} MB (doel ≤ 2.048 MB)`,
  );
}

// Import of an .xlsx (parse + validate + records) against SheetJS's own parse of the same file,
// each in a fresh process so that its peak memory (max RSS) is its own.
interface XlsxRun {
  ms: number;
  sheetjsMs: number;
  peakMb: number;
  sheetjsPeakMb: number;
  megabytes: number;
}
/**
 * Runs a bench script in a process of its own (`dist/bench/<script>.mjs`, built next to this
 * file by bench:build; run from the repository root) and reads the JSON of its last line.
 */
function child<T>(script: string, args: readonly (string | number)[], nodeArgs: string[] = []): T {
  // This process's garbage collected first: at 10M it holds gigabytes, and a collection still
  // running on its helper threads would take a core from the child being timed.
  settle();
  const out = execFileSync(
    process.execPath,
    [...nodeArgs, `dist/bench/${script}.mjs`, ...args.map(String)],
    { maxBuffer: 1 << 20 },
  );
  return JSON.parse(out.toString().trim().split('\n').at(-1) as string) as T;
}
/**
 * DuckDB's time per run on `syntheticRecords(n)`, with this process's heap settings: every
 * figure (`ms`), and the filter change to the wide filter, IB1 (`wideMs`).
 */
function duckdbChild(
  n: number,
  peildatum: number,
  gapDays: number,
  runs: number,
): { ms: number[]; wideMs: number[] } {
  return child('duckdbChild', [n, peildatum, gapDays, runs], process.execArgv);
}
/** One import of the file (ours) or SheetJS's parse of it, with its own peak memory. */
function xlsxChild(file: string, who: 'ours' | 'sheetjs'): { ms: number; peakMb: number } {
  return child('xlsxChild', [file, who]);
}
function xlsxBench(n: number): XlsxRun {
  const bytes = allocationsXlsx(n);
  const file = tempFile('bm-xlsx-', `toewijzingen-${n}.xlsx`);
  writeFileSync(file, bytes);
  const runs = n >= 1_000_000 ? 1 : 3;
  const ours: { ms: number; peakMb: number }[] = [];
  const theirs: { ms: number; peakMb: number }[] = [];
  for (let r = 0; r < runs; r++) {
    ours.push(xlsxChild(file, 'ours'));
    theirs.push(xlsxChild(file, 'sheetjs'));
  }
  return {
    ms: median(ours.map((x) => x.ms)),
    sheetjsMs: median(theirs.map((x) => x.ms)),
    peakMb: median(ours.map((x) => x.peakMb)),
    sheetjsPeakMb: median(theirs.map((x) => x.peakMb)),
    megabytes: Math.round(bytes.length / 1e5) / 10,
  };
}
let importXlsx100k: XlsxRun | undefined;
let importXlsx1M: XlsxRun | undefined;
if (sizes.includes(100_000) && others) {
  section('.xlsx van 100.000 regels importeren (ons) en lezen (SheetJS)…');
  importXlsx100k = xlsxBench(100_000);
  log(
    `  ons ${importXlsx100k.ms} ms (import) vs SheetJS ${importXlsx100k.sheetjsMs} ms (alleen lezen) → ${(importXlsx100k.ms / importXlsx100k.sheetjsMs).toFixed(2)} (doel ≤ 1,25)`,
  );
}
if (sizes.includes(1_000_000) && others) {
  section('.xlsx van 1.000.000 regels importeren (ons) en lezen (SheetJS)…');
  importXlsx1M = xlsxBench(1_000_000);
  log(
    `  ons ${importXlsx1M.ms} ms, piek ${importXlsx1M.peakMb} MB vs SheetJS ${importXlsx1M.sheetjsMs} ms, piek ${importXlsx1M.sheetjsPeakMb} MB → ${(importXlsx1M.sheetjsMs / importXlsx1M.ms).toFixed(2)}× sneller (doel ≥ 2), geheugen ${(importXlsx1M.peakMb / importXlsx1M.sheetjsPeakMb).toFixed(2)} (doel ≤ 0,25)`,
  );
}

// A workbook saved with a password (agile encryption, as Excel 2010 and later save it) against the
// same workbook without: the whole import, decryption included. Issue 24: ≤ 1,5 × for 4 MB.
let encrypted4MB: { ms: number; plainMs: number; ratio: number; megabytes: number } | undefined;
if (sizes.includes(100_000) && others && !args.includes('--no-encrypted')) {
  section('een werkmap van 4 MB met en zonder wachtwoord importeren…');
  const plain = allocationsXlsx(150_000);
  const password = 'Wmo 2019!';
  const locked = new Uint8Array(officeCrypto.encrypt(Buffer.from(plain), { password }));
  const options = { pseudonymKey: new Uint8Array(32) };
  const plainRuns: number[] = [];
  const lockedRuns: number[] = [];
  for (let r = 0; r < 3; r++) {
    settle();
    let t0 = performance.now();
    await importFiles([{ name: 'open.xlsx', bytes: plain }], options);
    plainRuns.push(performance.now() - t0);
    settle();
    t0 = performance.now();
    const { report } = await importFiles([{ name: 'beveiligd.xlsx', bytes: locked }], {
      ...options,
      password,
    });
    lockedRuns.push(performance.now() - t0);
    if (report.fileErrors.length > 0) throw new Error('de beveiligde werkmap ging niet open');
  }
  encrypted4MB = {
    ms: Math.round(median(lockedRuns)),
    plainMs: Math.round(median(plainRuns)),
    ratio: Math.round((median(lockedRuns) / median(plainRuns)) * 100) / 100,
    megabytes: Math.round(locked.length / 1e5) / 10,
  };
  log(
    `  ${encrypted4MB.megabytes} MB met wachtwoord ${encrypted4MB.ms} ms, zonder ${encrypted4MB.plainMs} ms → ${encrypted4MB.ratio} × (doel ≤ 1,5); runs ${lockedRuns.map(Math.round).join(', ')} / ${plainRuns.map(Math.round).join(', ')}`,
  );
}

// A municipality's iWmo message traffic as a ZIP (≥ 30.000 messages, ~100 MB of XML): the
// whole import (unzip, parse, rebuild, pseudonymise) against fast-xml-parser's parse alone of the
// same messages, each in a fresh process for its own peak memory. Target: ≤ 1,5 × and ≤ 400 MB.
interface IwmoRun {
  ms: number;
  fxpMs: number;
  ratio: number;
  peakMb: number;
  fxpPeakMb: number;
  messages: number;
  megabytes: number;
}
let importIwmo: IwmoRun | undefined;
if (!args.includes('--no-iwmo') && others) {
  section('iWmo-berichten importeren (ons) en lezen (fast-xml-parser)…');
  const records = syntheticRecords(12_000, { costLines: true, seed: 7 });
  // A third of the cost lines: declarations of a municipality that also pays on tariffs.
  records.costLines = records.costLines.filter((_, i) => i % 3 === 0);
  const messages = messagesFromRecords(records, (c) =>
    String(100_000_000 + Number(c.replace(/\D/g, '')) * 11),
  );
  const enc = new TextEncoder();
  const parts = Object.fromEntries(messages.map((m) => [`export/${m.name}`, enc.encode(m.text)]));
  const megabytes = Math.round(Object.values(parts).reduce((n, b) => n + b.length, 0) / 1e5) / 10;
  const file = tempFile('bm-iwmo-', 'berichten.zip');
  writeFileSync(file, zipSync(parts, { level: 6 }));
  const iwmoChild = (who: 'ours' | 'fxp') =>
    child<{ ms: number; peakMb: number }>('iwmoChild', [file, who]);
  const ours: { ms: number; peakMb: number }[] = [];
  const theirs: { ms: number; peakMb: number }[] = [];
  for (let r = 0; r < 3; r++) {
    ours.push(iwmoChild('ours'));
    theirs.push(iwmoChild('fxp'));
  }
  const ms = median(ours.map((x) => x.ms));
  const fxpMs = median(theirs.map((x) => x.ms));
  importIwmo = {
    ms,
    fxpMs,
    ratio: Math.round((ms / fxpMs) * 100) / 100,
    peakMb: median(ours.map((x) => x.peakMb)),
    fxpPeakMb: median(theirs.map((x) => x.peakMb)),
    messages: messages.length,
    megabytes,
  };
  log(
    `  ${messages.length} berichten, ${megabytes} MB: ons ${ms} ms (hele import), piek ${importIwmo.peakMb} MB vs fast-xml-parser ${fxpMs} ms (alleen lezen) → ${importIwmo.ratio} (doel ≤ 1,5; piek ≤ 400 MB)`,
  );
}

// 10M allocations in IndexedDB (issue 22: persist ≤ 8 s, read back ≤ 3 s), with `--only idb` too.
let idb10M: IdbResult | undefined;
if (!args.includes('--no-ui') && sizes.includes(10_000_000) && (others || only === 'idb')) {
  section('10.000.000 toewijzingen in IndexedDB (Chromium): schrijven, teruglezen, app starten…');
  try {
    idb10M = await idbAppBench(10_000_000);
    log(
      `  schrijven ${idb10M.writeMs} ms (doel ≤ 8.000), teruglezen ${idb10M.readMs} ms (mediaan van ${idb10M.readRuns.join(', ')}; doel ≤ 3.000; waarvan IndexedDB ${idb10M.fetchMs}), app tot dashboard ${idb10M.appStartMs ?? `niet: ${idb10M.appError}`} ms; heap van de worker ${idb10M.workerHeapMb ?? '–'} MB (doel ≤ 2.048), na de filterwissels ${idb10M.workerHeapAfterFiltersMb ?? '–'} MB en van de kostenworker ernaast ${idb10M.costWorkerHeapMb ?? '–'} MB; filterwissel in de app ${idb10M.filterRuns?.join(', ') ?? '–'} ms (de eerste meteen na de start: alles voor het eerst; de tweede terug naar de bewaarde cijfers), een nieuw filter (IB2) ${idb10M.freshFilterMs ?? '–'} ms, langste taak op de hoofddraad ${idb10M.longestTaskMs ?? '–'} ms (doel ≤ 50); de eerste filterwissel na ${(idb10M.readingMs ?? 0) / 1000} s lezen ${idb10M.afterReadingMs ?? '–'} ms`,
    );
  } catch (error) {
    log(`  overgeslagen: ${(error as Error).message}`);
  }
}

// 1M allocations in the app's IndexedDB (Chromium): write, read back, start the app on them.
let idb1M: IdbResult | undefined;
if (!args.includes('--no-ui') && sizes.includes(1_000_000) && (others || only === 'idb')) {
  section('1.000.000 toewijzingen in IndexedDB (Chromium): schrijven, teruglezen, app starten…');
  try {
    idb1M = await idbAppBench(1_000_000);
    log(
      `  schrijven ${idb1M.writeMs} ms (doel ≤ 1.500), teruglezen ${idb1M.readMs} ms (mediaan van ${idb1M.readRuns.join(', ')}; doel ≤ 500; waarvan IndexedDB ${idb1M.fetchMs}), app tot dashboard ${idb1M.appStartMs} ms (doel ≤ 2.000; de eerste keer ${idb1M.firstOpenMs}); heap van de worker ${idb1M.workerHeapMb ?? '–'} MB (doel ≤ 400)`,
    );
  } catch (error) {
    log(`  overgeslagen: ${(error as Error).message}`);
  }
}

// A filter change in the app (Chromium) on 100k allocations: click → redrawn chart and table.
let uiFilter100k: UiFilterResult | undefined;
if (!args.includes('--no-ui') && others) {
  section('filterwissel in de app (Chromium), 100.000 toewijzingen…');
  try {
    uiFilter100k = await uiFilterBench(100_000);
    log(
      `  klik → nieuw scherm: ${uiFilter100k.ms} ms (doel ≤ 100 ms; alleen rekenen in Node ${uiFilter100k.engineMs} ms); langste taak op de UI-thread ${uiFilter100k.longestTaskMs} ms; runs ${uiFilter100k.runs.join(', ')}`,
    );
  } catch (error) {
    log(`  overgeslagen: ${(error as Error).message}`);
  }
}

endSection();
const totalS = Math.round(performance.now() / 1000);
log(
  `— [${clock(performance.now())}] klaar (doel ≤ 15 minuten bij --sizes 1000000,10000000); per onderdeel: ${durations.map(({ part, s }) => `${part} ${s} s`).join('; ')}`,
);
const summary = {
  machine: { node: process.version, cpus: (await import('node:os')).cpus().length },
  runs: RUNS,
  /** The whole run and each part, in seconds. */
  durationS: totalS,
  parts: durations,
  sizes: rows,
  ...(byN(100_000)
    ? { metrics100k: { oursMs: byN(100_000)?.oursMs, duckdbMs: byN(100_000)?.duckdbMs } }
    : {}),
  ...(byN(1_000_000)
    ? {
        metrics1M: {
          oursMs: byN(1_000_000)?.oursMs,
          duckdbMs: byN(1_000_000)?.duckdbMs,
          filterMs: byN(1_000_000)?.filterMs,
          filterWideMs: byN(1_000_000)?.filterWideMs,
          duckdbFilterWideMs: byN(1_000_000)?.duckdbFilterWideMs,
          filterWideRatio: byN(1_000_000)?.filterWideRatio,
          chunkedEqual: byN(1_000_000)?.chunkedEqual,
        },
      }
    : {}),
  ...(byN(1_000_000)
    ? {
        forecast1M: {
          ms: byN(1_000_000)?.forecastMs,
          coldMs: byN(1_000_000)?.forecastColdMs,
          figuresMs: byN(1_000_000)?.oursMs,
        },
      }
    : {}),
  ...(byN(10_000_000)
    ? {
        metrics10M: {
          oursMs: byN(10_000_000)?.oursMs,
          duckdbMs: byN(10_000_000)?.duckdbMs,
          filterMs: byN(10_000_000)?.filterMs,
          filterWideMs: byN(10_000_000)?.filterWideMs,
          duckdbFilterWideMs: byN(10_000_000)?.duckdbFilterWideMs,
          filterWideRatio: byN(10_000_000)?.filterWideRatio,
          buildMs: byN(10_000_000)?.buildMs,
          heapMb: byN(10_000_000)?.heapMb,
          chunkedEqual: byN(10_000_000)?.chunkedEqual,
        },
      }
    : {}),
  ...passes,
  ...(compare1M ? { compare1M } : {}),
  ...(encrypted4MB ? { encrypted4MB } : {}),
  ...(importCsv1M ? { importCsv1M } : {}),
  ...(importCsv10M ? { importCsv10M } : {}),
  ...(importXlsx100k ? { importXlsx100k } : {}),
  ...(importXlsx1M ? { importXlsx1M } : {}),
  ...(importIwmo ? { importIwmo } : {}),
  ...(idb1M ? { idb1M } : {}),
  ...(idb10M ? { idb10M } : {}),
  ...(uiFilter100k ? { uiFilter100k } : {}),
};
if (json) process.stdout.write(`${JSON.stringify(summary)}\n`);
else
  for (const r of rows)
    process.stdout.write(
      `${r.allocations}\tons ${r.oursMs} ms\tDuckDB ${r.duckdbMs} ms\tverhouding ${r.ratio}\n`,
    );
