// The DuckDB peer in a process of its own, so the gigabytes it holds at ten million allocations
// (and the record objects its load is written from) are gone before our engine is timed:
// `node dist/bench/duckdbChild.mjs <n> <peildatum> <gapDays> <runs>` (built by bench:build)
// makes the same seeded synthetic data and prints {"ms":[…],"wideMs":[…]}: the time per run of
// every figure, and of the filter change to the wide filter (product IB1), on the one load.
import { syntheticRecords } from '../data-samples/synthetic';
import { duckdbOnCsv, recordsAsCsv } from './duckdbFigures';

const [n, peildatum, gapDays, runs] = process.argv.slice(2).map(Number) as [
  number,
  number,
  number,
  number,
];
// The records live only while their CSVs are written: collected before DuckDB loads them.
const dir = recordsAsCsv(syntheticRecords(n));
(globalThis as { gc?: () => void }).gc?.();
const { ms, filtered } = await duckdbOnCsv(dir, peildatum, gapDays, runs, [['IB1']]);
process.stdout.write(`${JSON.stringify({ ms, wideMs: filtered[0]?.ms })}\n`);
