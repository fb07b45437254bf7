import { describe, expect, it } from 'vitest';
import { syntheticRecords } from '../../../data-samples/synthetic';
import type { Cents } from '../../../shared/brand';
import {
  type CostHelper,
  CostThreadClient,
  costThread,
  type ToCostThread,
} from '../../../shared/metrics/costThread';
import { buildDataset, type Dataset } from '../../../shared/metrics/dataset';
import { MetricsEngine } from '../../../shared/metrics/engine';
import type { MetricsParams } from '../../../shared/metrics/params';
import { dayFromCivil } from '../../../shared/periods/days';

const cents = (n: number) => n as Cents;

/**
 * A second thread in this one: every message goes through `structuredClone` with its buffers
 * handed over, as between workers, and is answered in a task of its own.
 */
function inProcessThread() {
  const answer = costThread();
  const sent: ToCostThread['kind'][] = [];
  const client = new CostThreadClient((message, transfer) => {
    sent.push(message.kind);
    const arrived = structuredClone(message, { transfer });
    setTimeout(() => {
      const reply = answer(arrived);
      if (reply) client.receive(structuredClone(reply.answer, { transfer: reply.transfer }));
    });
  });
  return { client, sent };
}

const filterCases: [string, MetricsParams][] = [
  ['IB1', { filters: { products: ['IB1'] } }],
  ['ggz', { filters: { providerGroups: ['ggz'] } }],
  ['18-26 jaar', { filters: { ageBands: ['18-26'] } }],
  ['gemeente GM0505', { filters: { municipalities: ['GM0505'] } }],
  [
    'IB2 met peildatum, tussenpoos en eigen tarieven',
    {
      peildatum: dayFromCivil(2019, 6, 30),
      gapDays: 45,
      filters: { products: ['IB2'] },
      tariffs: [
        { product: 'IB2', year: 2017, perMonth: cents(81_250) },
        { product: 'IB2', year: 2018, perMonth: cents(84_000) },
      ],
    },
  ],
];

describe('MetricsEngine.figuresAlongside: de kosten op een tweede thread', () => {
  const ds = buildDataset(syntheticRecords(4_000, { seed: 5, municipalities: 3 }));

  it.each(filterCases)('onder %s dezelfde cijfers als figures', async (_, params) => {
    const { client } = inProcessThread();
    const alongside = await new MetricsEngine(ds).figuresAlongside(params, client);
    const here = new MetricsEngine(ds).figures(params);
    expect(alongside).toEqual(here);
    // Figures with something in them: cost, and trajectories with a cost.
    const most = (values: (number | null | undefined)[]) => Math.max(...values.map((v) => v ?? 0));
    expect(most(Object.values(alongside.byYear).map((y) => y.costTotal))).toBeGreaterThan(0);
    expect(most(Object.values(alongside.costPerTrajectory).map((y) => y.median))).toBeGreaterThan(
      0,
    );
    expect(most(Object.values(alongside.costFirstYear).map((y) => y.median))).toBeGreaterThan(0);
  });

  it('een filter dat niets selecteert: nul kosten, als op één thread', async () => {
    const { client, sent } = inProcessThread();
    const params = { filters: { providers: ['bestaat-niet'] } };
    const alongside = await new MetricsEngine(ds).figuresAlongside(params, client);
    expect(sent).toContain('cost');
    expect(alongside).toEqual(new MetricsEngine(ds).figures(params));
    expect(Object.values(alongside.byYear).map((y) => y.costTotal)).toEqual(
      alongside.years.map(() => 0),
    );
  });

  it('stuurt kolommen en trajecten één keer, daarna alleen de selectie', async () => {
    const { client, sent } = inProcessThread();
    const engine = new MetricsEngine(ds);
    await engine.figuresAlongside({}, client);
    // Unfiltered: made here and kept for the next call; the thread is not asked.
    expect(sent).toEqual([]);
    await engine.figuresAlongside({ filters: { products: ['IB1'] } }, client);
    await engine.figuresAlongside({ filters: { products: ['IB3'] } }, client);
    expect(sent).toEqual(['columns', 'trajectories', 'cost', 'cost']);
    // Other trajectories (another gap): sent again, the columns not.
    await engine.figuresAlongside({ gapDays: 10, filters: { products: ['IB3'] } }, client);
    expect(sent.slice(4)).toEqual(['trajectories', 'cost']);
  });

  it('holdAlongside stuurt vooraf wat de thread leest', async () => {
    const { client, sent } = inProcessThread();
    const engine = new MetricsEngine(ds);
    // Without tariffs the thread is never asked: nothing is copied to it.
    engine.holdAlongside({ tariffs: [] }, client);
    expect(sent).toEqual([]);
    engine.holdAlongside({}, client);
    expect(sent).toEqual(['columns', 'trajectories']);
    await engine.figuresAlongside({ filters: { products: ['IB1'] } }, client);
    expect(sent).toEqual(['columns', 'trajectories', 'cost']);
  });

  it('twee berekeningen tegelijk: elk haar eigen kosten', async () => {
    const { client } = inProcessThread();
    const engine = new MetricsEngine(ds);
    const [ib1, ib3] = await Promise.all([
      engine.figuresAlongside({ filters: { products: ['IB1'] } }, client),
      new MetricsEngine(ds).figuresAlongside({ filters: { products: ['IB3'] } }, client),
    ]);
    expect(ib1).toEqual(new MetricsEngine(ds).figures({ filters: { products: ['IB1'] } }));
    expect(ib3).toEqual(new MetricsEngine(ds).figures({ filters: { products: ['IB3'] } }));
  });

  it('een berekening die binnenkomt terwijl een andere op haar kosten wacht, raakt die niet', async () => {
    const { client } = inProcessThread();
    const engine = new MetricsEngine(ds);
    const ib1 = { filters: { products: ['IB1' as const] } };
    const ggz = { filters: { providerGroups: ['ggz' as const] } };
    const waiting = engine.figuresAlongside(ib1, client);
    // Meanwhile, on the same engine: another filter, and the comparable figures.
    const meanwhile = engine.figures(ggz);
    const comparable = engine.comparableFigures(ggz);
    const alsoWaiting = engine.figuresAlongside(ggz, client);
    expect(await waiting).toEqual(new MetricsEngine(ds).figures(ib1));
    expect(await alsoWaiting).toEqual(meanwhile);
    expect(meanwhile).toEqual(new MetricsEngine(ds).figures(ggz));
    expect(comparable).toEqual(new MetricsEngine(ds).comparableFigures(ggz));
    // And after them, in the engine's own lent memory again.
    expect(await engine.figuresAlongside(ib1, client)).toEqual(await waiting);
  });

  it('faalt de thread, dan rekent de engine zelf: dezelfde cijfers', async () => {
    const failing: CostHelper = {
      filteredCost: () => Promise.reject(new Error('weg')),
      hold: () => {},
    };
    const params = { filters: { products: ['IB1' as const] } };
    expect(await new MetricsEngine(ds).figuresAlongside(params, failing)).toEqual(
      new MetricsEngine(ds).figures(params),
    );
  });

  it('een thread die verdwijnt laat wachtende berekeningen zelf rekenen', async () => {
    const lostOnSend = new CostThreadClient((message) => {
      if (message.kind === 'cost') setTimeout(() => lostOnSend.lost('gestopt'));
    });
    const params = { filters: { products: ['IB2' as const] } };
    expect(await new MetricsEngine(ds).figuresAlongside(params, lostOnSend)).toEqual(
      new MetricsEngine(ds).figures(params),
    );
  });

  it('met kostenregels vraagt de engine de thread niets', async () => {
    const withLines: Dataset = buildDataset(syntheticRecords(2_000, { seed: 3, costLines: true }));
    const { client, sent } = inProcessThread();
    const params = { filters: { products: ['IB1' as const] } };
    const engine = new MetricsEngine(withLines);
    engine.holdAlongside({}, client);
    const alongside = await engine.figuresAlongside(params, client);
    expect(sent).toEqual([]);
    expect(alongside).toEqual(new MetricsEngine(withLines).figures(params));
    expect(alongside.meta.costSource).toBe('lines');
  });
});
