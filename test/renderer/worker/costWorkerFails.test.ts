import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { Workspace } from '../../../renderer/src/db/workspace';
import { costHelper } from '../../../renderer/src/worker/costHelper';
import { figureHandlers } from '../../../renderer/src/worker/handlers/figures';
import { importHandlers } from '../../../renderer/src/worker/handlers/importSession';
import type { CallContext } from '../../../renderer/src/worker/protocol';
import { newSession } from '../../../renderer/src/worker/session';
import { datasetFromColumns } from '../../../shared/metrics/dataset';
import { MetricsEngine } from '../../../shared/metrics/engine';
import { paramsFor } from '../../../shared/metrics/settings';
import { sampleFile } from '../../helpers';

let made = 0;

/** A cost worker that fails as soon as it is asked anything (a script that would not load). */
class FailingWorker {
  onmessage: ((event: unknown) => void) | null = null;
  onerror: ((event: { message: string; preventDefault: () => void }) => void) | null = null;
  constructor() {
    made++;
  }
  postMessage(): void {
    setTimeout(() => this.onerror?.({ message: 'laden mislukt', preventDefault: () => {} }));
  }
  terminate(): void {}
}

vi.stubGlobal('Worker', FailingWorker);
vi.stubGlobal('__BUILD_ID__', 'test');

const ctx = (): CallContext => ({ progress: () => {} });

describe('een kostenworker die faalt', () => {
  it('de analyseworker rekent de kosten zelf, met dezelfde cijfers, en maakt er geen nieuwe', async () => {
    const session = newSession(Workspace.open('cost-worker-fails'));
    await importHandlers.preview(
      { files: [sampleFile()], datasetId: null, mappings: {}, productMap: {} },
      ctx(),
      session,
    );
    await importHandlers.commit({ target: { name: 'Voorbeeld' }, replace: null }, ctx(), session);
    const filters = { products: ['IB1' as const] };
    const analysis = await figureHandlers.settings(
      { ...session.settings, filters },
      ctx(),
      session,
    );
    const data = await session.inView?.data;
    if (!data) throw new Error('niets in beeld');
    const oneThread = new MetricsEngine(datasetFromColumns(data)).figures({
      ...paramsFor({ ...session.settings, filters }, data.tariffs),
      rejectedRows: session.inView?.report.rejected.length ?? 0,
    });
    expect(analysis?.metrics).toEqual(oneThread);
    expect(analysis?.metrics?.byYear['2019']?.costTotal).toBeGreaterThan(0);
    // Dropped after its failure: the next calls compute here, without a new worker.
    expect(costHelper()).toBeNull();
    await figureHandlers.settings({ ...session.settings, filters: {} }, ctx(), session);
    expect(made).toBe(1);
  });
});
