import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { Workspace } from '../../../renderer/src/db/workspace';
import { shownKey } from '../../../renderer/src/worker/analysis';
import { figureHandlers } from '../../../renderer/src/worker/handlers/figures';
import { importHandlers } from '../../../renderer/src/worker/handlers/importSession';
import type { CallContext } from '../../../renderer/src/worker/protocol';
import { newSession, type Session } from '../../../renderer/src/worker/session';
import {
  costThread,
  type FromCostThread,
  type ToCostThread,
} from '../../../shared/metrics/costThread';
import { datasetFromColumns } from '../../../shared/metrics/dataset';
import { MetricsEngine } from '../../../shared/metrics/engine';
import type { Filters } from '../../../shared/metrics/filters';
import { paramsFor } from '../../../shared/metrics/settings';
import { sampleFile } from '../../helpers';

/** What the cost worker was sent, by kind. */
const received: ToCostThread['kind'][] = [];

/**
 * The cost worker in this thread: each message cloned with its buffers handed over, as
 * between workers, and answered in a task of its own.
 */
class InProcessWorker {
  onmessage: ((event: { data: FromCostThread }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  private readonly answer = costThread();
  postMessage(message: ToCostThread, transfer: Transferable[]): void {
    received.push(message.kind);
    const arrived = structuredClone(message, { transfer });
    setTimeout(() => {
      const reply = this.answer(arrived);
      if (reply)
        this.onmessage?.({ data: structuredClone(reply.answer, { transfer: reply.transfer }) });
    });
  }
  terminate(): void {}
}

vi.stubGlobal('Worker', InProcessWorker);
vi.stubGlobal('__BUILD_ID__', 'test');

let n = 0;
const ctx = (): CallContext => ({ progress: () => {} });
/** The sample (with tariffs) stored as a dataset and in view. */
async function storedSample(): Promise<Session> {
  const session = newSession(Workspace.open(`cost-worker-${n++}`));
  await importHandlers.preview(
    { files: [sampleFile()], datasetId: null, mappings: {}, productMap: {} },
    ctx(),
    session,
  );
  await importHandlers.commit({ target: { name: 'Voorbeeld' }, replace: null }, ctx(), session);
  return session;
}

/** The figures of the data in view under `filters`, on one thread. */
async function oneThread(session: Session, filters: Filters) {
  const inView = session.inView;
  if (!inView) throw new Error('niets in beeld');
  const data = await inView.data;
  return new MetricsEngine(datasetFromColumns(data)).figures({
    ...paramsFor({ ...session.settings, filters }, data.tariffs),
    rejectedRows: inView.report.rejected.length,
  });
}

describe('de kostenworker naast de analyseworker', () => {
  it('onder een filter rekent hij de kosten: dezelfde cijfers als op één thread', async () => {
    const session = await storedSample();
    received.length = 0;
    const filters = { products: ['IB1' as const] };
    const analysis = await figureHandlers.settings(
      { ...session.settings, filters },
      ctx(),
      session,
    );
    expect(received).toEqual(['columns', 'trajectories', 'cost']);
    expect(analysis?.metrics).toEqual(await oneThread(session, filters));
    expect(analysis?.metrics?.byYear['2019']?.costTotal).toBeGreaterThan(0);
  });

  it('een filter dat binnenkomt terwijl het vorige op zijn kosten wacht: elk zijn eigen cijfers, de laatste bewaard', async () => {
    const session = await storedSample();
    const ib1 = { products: ['IB1' as const] };
    const ib3 = { products: ['IB3' as const] };
    const first = figureHandlers.settings({ ...session.settings, filters: ib1 }, ctx(), session);
    const second = figureHandlers.settings({ ...session.settings, filters: ib3 }, ctx(), session);
    const [a, b] = await Promise.all([first, second]);
    expect(a?.metrics).toEqual(await oneThread(session, ib1));
    expect(b?.metrics).toEqual(await oneThread(session, ib3));
    // The next start shows the figures of the settings in force, under their own key.
    await vi.waitFor(async () => {
      const kept = await session.workspace.setting('shownFigures');
      expect(kept?.analysis.metrics?.meta.filters).toEqual(ib3);
      expect(kept?.key).toBe(shownKey(session.settings, session.inView?.dataset ?? never()));
    });
  });
});

function never(): never {
  throw new Error('geen gegevensset in beeld');
}
