// The figures of metrics.md written as SQL for DuckDB: the independent check of
// shared/metrics (test/metrics/duckdb.test.ts) and its peer in `npm run bench`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { type IbProduct, ibProducts } from '../shared/model/products';
import { providerGroups } from '../shared/model/providerGroups';
import type { Records } from '../shared/model/records';

export interface SqlFigures {
  years: string[];
  byYear: Record<string, Record<string, number | null>>;
  providerGroups: Record<string, Record<string, number>>;
  productClients: Record<string, Record<string, number>>;
  productCost: Record<string, Record<string, number>>;
  transitions: Record<string, number>;
  duration: {
    medianDaysKM: number | null;
    meanDaysEnded: number | null;
    s365: number;
    s730: number;
  };
  trajectories: number;
}

const OPEN = 2147483647;

/**
 * The records as the CSV files DuckDB loads, in a new temporary folder (its path): written
 * first, so a caller can drop the records before DuckDB takes its memory.
 */
export function recordsAsCsv(records: Records): string {
  const dir = mkdtempSync(join(tmpdir(), 'bm-duckdb-'));
  const clientIds = new Map<string, number>();
  const providerIds = new Map<string, number>();
  const id = (map: Map<string, number>, key: string) => {
    let v = map.get(key);
    if (v === undefined) {
      v = map.size;
      map.set(key, v);
    }
    return v;
  };
  const ib = records.allocations.filter((a) =>
    (ibProducts as readonly string[]).includes(a.product),
  );
  const lines = ['client,provider,product,s,e'];
  for (const a of ib) {
    lines.push(
      `${id(clientIds, a.client)},${a.provider === null ? -1 : id(providerIds, a.provider)},${ibProducts.indexOf(a.product as 'IB1')},${a.start},${a.end ?? OPEN}`,
    );
  }
  writeFileSync(join(dir, 'alloc.csv'), lines.join('\n'));
  const groupOf = new Map(
    records.providers.map((p) => [p.provider, providerGroups.indexOf(p.group)]),
  );
  writeFileSync(
    join(dir, 'providers.csv'),
    [
      'provider,grp',
      ...[...providerIds].map(
        ([pid, n]) => `${n},${groupOf.get(pid) ?? providerGroups.indexOf('overig')}`,
      ),
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'clients.csv'),
    [
      'client,birth',
      ...records.clients
        .filter((c) => clientIds.has(c.client))
        .map((c) => {
          // A year older from the first of the month after the birth month (only year and month
          // are stored), from 1 July when only the year is known.
          const birth =
            c.birthMonth !== null
              ? Date.UTC(Math.floor(c.birthMonth / 100), c.birthMonth % 100, 1) / 86_400_000
              : c.birthYear === null
                ? null
                : Date.UTC(c.birthYear, 6, 1) / 86_400_000;
          return `${clientIds.get(c.client)},${birth ?? ''}`;
        }),
    ].join('\n'),
  );
  writeFileSync(
    join(dir, 'tariffs.csv'),
    [
      'product,year,cents',
      ...records.tariffs.map(
        (t) => `${ibProducts.indexOf(t.product as 'IB1')},${t.year},${t.perMonth}`,
      ),
    ].join('\n'),
  );

  return dir;
}

/** What the queries read back: per year (`y` → value) and as rows. */
interface QueryRows {
  clients: Map<number, number | null>;
  inflow: Map<number, number | null>;
  outflow: Map<number, number | null>;
  active: Map<number, number | null>;
  reentry: Map<number, number | null>;
  providersActive: Map<number, number | null>;
  meanAge: Map<number, number | null>;
  meanEnded: Map<number, number | null>;
  median: Map<number, number | null>;
  cost: Map<number, number | null>;
  clientMonths: Map<number, number | null>;
  groupRows: Record<string, number | null>[];
  productRows: Record<string, number | null>[];
  productCostRows: Record<string, number | null>[];
  transitionRows: Record<string, number | null>[];
  overall: Record<string, number | null>;
}

/** The figures of one set of queries, and the time of each run. */
export interface SqlRun {
  figures: SqlFigures;
  ms: number[];
}

/**
 * Loads the CSV files of `recordsAsCsv` into DuckDB once (not timed), runs every query `runs`
 * times (each timed), then the figures' queries under each product filter on the trajectories
 * made (a filter change: what the engine does again when the filter changes), and removes the
 * files.
 */
export async function duckdbOnCsv(
  dir: string,
  peildatum: number,
  gapDays: number,
  /** How many times the queries run on the one load (each timed). */
  runs = 1,
  /**
   * Product filters to run the queries under as well, as the engine's `filters.products`:
   * allocations of those products; trajectories by their first allocation's product.
   */
  productFilters: readonly (readonly IbProduct[])[] = [],
): Promise<SqlRun & { loadMs: number; filtered: SqlRun[] }> {
  const t0 = performance.now();
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  const run = (sql: string) => c.run(sql);
  const rows = async (sql: string) =>
    (await c.runAndReadAll(sql)).getRowObjectsJS() as Record<string, number | null>[];
  for (const table of ['alloc', 'providers', 'clients', 'tariffs']) {
    await run(
      `CREATE TABLE ${table} AS SELECT * FROM read_csv('${join(dir, `${table}.csv`)}', header = true)`,
    );
  }
  const loadMs = performance.now() - t0;

  const P = peildatum;
  const asDate = (x: string) => `(DATE '1970-01-01' + CAST(${x} AS INTEGER))`;
  const yearOf = (x: string) => `year(${asDate(x)})`;
  // A day's month as one number (year · 12 + month − 1): ranges of months are ranges of integers.
  const monthOf = (x: string) => `(${yearOf(x)} * 12 + month(${asDate(x)}) - 1)`;
  // The queries, timed per run on the one load (a 10M load takes longer than the queries).
  // First the trajectories: in every run of every figure (the engine builds them inside that
  // timing too), and kept for the filtered runs (as the engine keeps them across filter changes).
  const trajectories = async () => {
    await run(
      `CREATE OR REPLACE TEMP TABLE a AS SELECT client, provider, product, s, e FROM alloc WHERE s <= ${P}`,
    );
    await run(`CREATE OR REPLACE TEMP TABLE years AS
      SELECT y, datediff('day', DATE '1970-01-01', make_date(y, 1, 1)) AS ys,
             least(datediff('day', DATE '1970-01-01', make_date(y, 12, 31)), ${P}) AS ye
      FROM range((SELECT ${yearOf('min(s)')} FROM a), ${yearOf(String(P))} + 1) t(y)`);
    // The calendar's months (year · 12 + month − 1): first and last day, days, year.
    await run(`CREATE OR REPLACE TEMP TABLE months AS
      SELECT m, ms, me, me - ms + 1 AS dim, m // 12 AS y FROM (
        SELECT m, datediff('day', DATE '1970-01-01', make_date(m // 12, m % 12 + 1, 1)) AS ms,
               datediff('day', DATE '1970-01-01', last_day(make_date(m // 12, m % 12 + 1, 1))) AS me
        FROM range((SELECT min(${monthOf('s')}) FROM a), ${monthOf(String(P))} + 1) t(m))`);
    await run(`CREATE OR REPLACE TEMP TABLE chain AS
      SELECT *, sum(new_t) OVER (PARTITION BY client ORDER BY s, e, product, provider ROWS UNBOUNDED PRECEDING) AS tnum
      FROM (SELECT *, CASE WHEN prev_max IS NULL OR s - prev_max - 1 > ${gapDays} THEN 1 ELSE 0 END AS new_t
            FROM (SELECT *, max(e) OVER (PARTITION BY client ORDER BY s, e, product, provider
                                         ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_max FROM a))`);
    await run(`CREATE OR REPLACE TEMP TABLE traj AS
      SELECT client, tnum, min(s) AS ts, max(e) > ${P} AS ongoing, least(max(e), ${P}) AS te,
             least(max(e), ${P}) - min(s) + 1 AS dur, ${yearOf('min(s)')} AS sy
      FROM chain GROUP BY client, tnum`);
  };
  // Then the figures, for the allocations and trajectories a product filter selects (or all).
  const figures = async (products: readonly IbProduct[] | null): Promise<QueryRows> => {
    // The product codes a filter lets through (`fp`: a trajectory's first allocation's product).
    const codes = products?.map((p) => ibProducts.indexOf(p)).join(', ');
    // The selected allocations: what clients, providers and cost count.
    await run(
      `CREATE OR REPLACE TEMP VIEW sel AS SELECT * FROM a${codes ? ` WHERE product IN (${codes})` : ''}`,
    );
    // Each selected allocation once for every calendar year it has a day in, up to the peildatum.
    await run(`CREATE OR REPLACE TEMP TABLE selYears AS
      SELECT client, provider, product, e, unnest(range(${yearOf('s')}, ${yearOf(`least(e, ${P})`)} + 1)) AS y
      FROM sel`);
    // The selected trajectories (by their first allocation: `firsts`).
    await run(
      `CREATE OR REPLACE TEMP VIEW tsel AS SELECT * FROM traj${codes ? ` JOIN firsts USING (client, tnum) WHERE fp IN (${codes})` : ''}`,
    );

    const perYear = async (sql: string) =>
      new Map((await rows(sql)).map((r) => [Number(r.y), r.v === null ? null : Number(r.v)]));
    const inflow = await perYear(`SELECT sy AS y, count(*)::INTEGER AS v FROM tsel GROUP BY 1`);
    const outflow = await perYear(
      `SELECT ${yearOf('te')} AS y, count(*)::INTEGER AS v FROM tsel WHERE NOT ongoing GROUP BY 1`,
    );
    const clients = await perYear(
      `SELECT y, count(DISTINCT client)::INTEGER AS v FROM selYears GROUP BY y`,
    );
    const active = await perYear(
      `SELECT y, count(DISTINCT client)::INTEGER AS v FROM selYears JOIN years USING (y) WHERE e >= ye GROUP BY y`,
    );
    const providersActive = await perYear(
      `SELECT y, count(DISTINCT provider)::INTEGER AS v FROM selYears WHERE provider >= 0 GROUP BY y`,
    );
    // Re-entry: after the client's previous trajectory, whatever the filter.
    const reentry = await perYear(`SELECT sy AS y, count(*)::INTEGER AS v FROM (
        SELECT sy, ts - lag(te) OVER (PARTITION BY client ORDER BY ts) AS d${codes ? ', fp' : ''}
        FROM traj${codes ? ' JOIN firsts USING (client, tnum)' : ''})
        WHERE d <= 365${codes ? ` AND fp IN (${codes})` : ''} GROUP BY 1`);
    const meanAge = await perYear(`SELECT sy AS y, avg(${yearOf('ts')} - ${yearOf('birth')}
        - CASE WHEN month(${asDate('ts')}) * 100 + day(${asDate('ts')}) < month(${asDate('birth')}) * 100 + day(${asDate('birth')}) THEN 1 ELSE 0 END)::DOUBLE AS v
        FROM tsel JOIN clients USING (client) WHERE birth IS NOT NULL GROUP BY 1`);
    const meanEnded = await perYear(
      `SELECT sy AS y, avg(dur)::DOUBLE AS v FROM tsel WHERE NOT ongoing GROUP BY 1`,
    );
    // Kaplan–Meier: at risk at t = durations ≥ t (a censored one at t is still at risk).
    const km = (group: string) => `
      WITH ev AS (SELECT ${group} AS g, dur AS t, sum(CASE WHEN ongoing THEN 0 ELSE 1 END) AS d, count(*) AS leaving FROM tsel GROUP BY 1, 2),
      rk AS (SELECT g, t, d, sum(leaving) OVER (PARTITION BY g ORDER BY t DESC ROWS UNBOUNDED PRECEDING) AS at_risk FROM ev),
      s AS (SELECT g, t, exp(sum(ln(greatest(1 - d / at_risk, 1e-300))) OVER (PARTITION BY g ORDER BY t ROWS UNBOUNDED PRECEDING)) AS S
            FROM rk WHERE d > 0)`;
    const median = await perYear(
      `${km('sy')} SELECT g AS y, min(t)::INTEGER AS v FROM s WHERE S <= 0.5 + 1e-9 GROUP BY g`,
    );
    const overall =
      (
        await rows(`${km('0')}
        SELECT (SELECT min(t) FROM s WHERE S <= 0.5 + 1e-9)::INTEGER AS median,
               coalesce((SELECT min(S) FROM s WHERE t <= 365), 1)::DOUBLE AS s365,
               coalesce((SELECT min(S) FROM s WHERE t <= 730), 1)::DOUBLE AS s730,
               (SELECT avg(dur) FROM tsel WHERE NOT ongoing)::DOUBLE AS mean_ended,
               (SELECT count(*) FROM tsel)::INTEGER AS n`)
      )[0] ?? {};
    const groupRows = await rows(`SELECT y, grp, count(DISTINCT client)::INTEGER AS v FROM selYears
        LEFT JOIN providers USING (provider) GROUP BY y, grp`);
    const productRows = await rows(
      `SELECT y, product, count(DISTINCT client)::INTEGER AS v FROM selYears GROUP BY y, product`,
    );
    // Tariff cost: tariff × days in the month / days in the month, netted per client and month.
    await run(`CREATE OR REPLACE TEMP TABLE pieces AS
      WITH m AS (SELECT client, product, s, least(e, ${P}) AS e2,
                        unnest(range(${monthOf('s')}, ${monthOf(`least(e, ${P})`)} + 1)) AS m
                 FROM sel)
      SELECT m.client, m.product, m.m, mo.y,
             (least(e2, mo.me) - greatest(s, mo.ms) + 1) * t.cents / mo.dim AS cents
      FROM m JOIN months mo USING (m) JOIN tariffs t ON t.product = m.product AND t.year = mo.y`);
    const cost = await perYear(`SELECT y, sum(cents)::DOUBLE AS v FROM pieces GROUP BY y`);
    const clientMonths = await perYear(`SELECT m // 12 AS y, count(*)::INTEGER AS v FROM (
        SELECT client, m, sum(cents) AS net FROM pieces GROUP BY client, m) WHERE net > 1e-6 GROUP BY 1`);
    const productCostRows = await rows(
      `SELECT y, product, sum(cents)::DOUBLE AS v FROM pieces GROUP BY y, product`,
    );
    const transitionRows =
      await rows(`SELECT prev AS "from", product AS "to", count(*)::INTEGER AS v FROM (
        SELECT product, lag(product) OVER (PARTITION BY client, tnum ORDER BY s, e, product, provider) AS prev
        FROM chain${codes ? ' JOIN tsel USING (client, tnum)' : ''})
        WHERE prev IS NOT NULL AND prev <> product GROUP BY 1, 2`);
    return {
      clients,
      inflow,
      outflow,
      active,
      reentry,
      providersActive,
      meanAge,
      meanEnded,
      median,
      cost,
      clientMonths,
      groupRows,
      productRows,
      productCostRows,
      transitionRows,
      overall,
    };
  };
  /** A run `runs` times (each timed), and the last run's figures. */
  const timed = async (queries: () => Promise<QueryRows>): Promise<SqlRun> => {
    const ms: number[] = [];
    let result: QueryRows | undefined;
    for (let r = 0; r < runs; r++) {
      const t1 = performance.now();
      result = await queries();
      ms.push(performance.now() - t1);
    }
    return { figures: shape(result as QueryRows), ms };
  };
  const all = await timed(async () => {
    await trajectories();
    return figures(null);
  });
  // Each trajectory's first allocation's product (earliest start, then lowest product), made
  // once with the trajectories, as the engine's `first`; a filtered run is the filter change.
  if (productFilters.length > 0)
    await run(`CREATE OR REPLACE TEMP TABLE firsts AS
      SELECT client, tnum, arg_min(product, s * 16 + product) AS fp FROM chain GROUP BY client, tnum`);
  const filtered: SqlRun[] = [];
  for (const products of productFilters) filtered.push(await timed(() => figures(products)));
  // Closed, not left to the collector: at 10M DuckDB holds gigabytes that would still be
  // there (and be paged) while our engine is timed.
  c.closeSync();
  db.closeSync();
  rmSync(dir, { recursive: true, force: true });
  return { ...all, loadMs, filtered };
}

/** The queries' rows as figures. */
function shape(q: QueryRows): SqlFigures {
  const years = [...q.clients.keys()].sort().map(String);
  const byYear: SqlFigures['byYear'] = {};
  for (const key of years) {
    const y = Number(key);
    byYear[key] = {
      clients: q.clients.get(y) ?? 0,
      inflow: q.inflow.get(y) ?? 0,
      outflow: q.outflow.get(y) ?? 0,
      activeAtYearEnd: q.active.get(y) ?? 0,
      reentry: q.reentry.get(y) ?? 0,
      providersActive: q.providersActive.get(y) ?? 0,
      meanAgeAtStart: q.meanAge.get(y) ?? null,
      meanDaysEnded: q.meanEnded.get(y) ?? null,
      medianDaysKM: q.median.get(y) ?? null,
      costCents: q.cost.get(y) ?? 0,
      clientMonths: q.clientMonths.get(y) ?? 0,
    };
  }
  const table = (list: Record<string, number | null>[], key: string, names: readonly string[]) => {
    const out: Record<string, Record<string, number>> = {};
    for (const r of list) {
      const name = names[Number(r[key] ?? providerGroups.indexOf('overig'))] as string;
      out[name] ??= {};
      (out[name] as Record<string, number>)[String(r.y)] = Number(r.v);
    }
    return out;
  };
  return {
    years,
    byYear,
    providerGroups: table(q.groupRows, 'grp', providerGroups),
    productClients: table(q.productRows, 'product', ibProducts),
    productCost: table(q.productCostRows, 'product', ibProducts),
    transitions: Object.fromEntries(
      q.transitionRows.map((r) => [
        `${ibProducts[Number(r.from)]}>${ibProducts[Number(r.to)]}`,
        Number(r.v),
      ]),
    ),
    duration: {
      medianDaysKM: q.overall.median ?? null,
      meanDaysEnded: q.overall.mean_ended ?? null,
      s365: Number(q.overall.s365),
      s730: Number(q.overall.s730),
    },
    trajectories: Number(q.overall.n),
  };
}
