import 'fake-indexeddb/auto';
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { Workspace } from '../../../renderer/src/db/workspace';
import { backupHandlers } from '../../../renderer/src/worker/handlers/backup';
import { datasetHandlers } from '../../../renderer/src/worker/handlers/datasets';
import { figureHandlers } from '../../../renderer/src/worker/handlers/figures';
import { importHandlers } from '../../../renderer/src/worker/handlers/importSession';
import {
  type Analysis,
  type Args,
  type CallContext,
  Refusal,
  type Result,
  type WorkspaceState,
} from '../../../renderer/src/worker/protocol';
import { newSession } from '../../../renderer/src/worker/session';
import type { DrillQuery, DrillResult } from '../../../shared/metrics/drill';
import { defaultFigureSettings } from '../../../shared/metrics/settings';
import expected from '../../fixtures/expected.json' with { type: 'json' };
import { fixture } from '../../helpers';

vi.stubGlobal('__BUILD_ID__', 'test');

let n = 0;
const fresh = () => newSession(Workspace.open(`handlers-${n++}`));
const ctx = (): CallContext & { stages: string[] } => {
  const stages: string[] = [];
  return { stages, progress: (stage) => stages.push(stage) };
};
const mini = () => [{ name: 'mini.xlsx', bytes: fixture('mini.xlsx') }];
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof Refusal ? error.code : error),
  );

describe('de handlers van de worker, rond één sessie', () => {
  it('een aanroep noemt zijn resultaattype (gecontroleerd door tsc)', () => {
    expectTypeOf<Result<'drill'>>().toEqualTypeOf<DrillResult>();
    expectTypeOf<Args<'drill'>>().toEqualTypeOf<DrillQuery>();
    expectTypeOf<Result<'preview'>>().toEqualTypeOf<Analysis>();
    expectTypeOf<Result<'undo'>>().toEqualTypeOf<Analysis | null>();
    expectTypeOf<Result<'state'>>().toEqualTypeOf<WorkspaceState>();
    expectTypeOf<Result<'restore'>>().toEqualTypeOf<Uint8Array>();
  });

  it('voorbeeld, bevestigen, openen en ongedaan maken: elk met zijn eigen resultaattype', async () => {
    const session = fresh();
    const state = await datasetHandlers.state(null, ctx(), session);
    expect(state).toEqual({ datasets: [], activeDatasetId: null, settings: defaultFigureSettings });

    const progress = ctx();
    const preview = await importHandlers.preview(
      { files: mini(), datasetId: null, mappings: {}, productMap: {} },
      progress,
      session,
    );
    // Reading (with how far it is), then computing.
    expect([progress.stages[0], progress.stages.at(-1)]).toEqual(['reading', 'computing']);
    expect(preview.dataset).toBeNull();
    // A preview waits for its commit for the steering figures.
    expect(preview.steering).toBeNull();
    expect(preview.metrics?.byYear['2019']?.clients).toBe(expected.byYear['2019'].clients);

    const committed = await importHandlers.commit(
      { target: { name: 'Mini' }, replace: null },
      ctx(),
      session,
    );
    expect(committed.dataset?.name).toBe('Mini');
    expect(committed.steering?.forecast?.year).toBe('2019');
    expect(committed.metrics?.byYear['2019']?.clients).toBe(expected.byYear['2019'].clients);
    expect(session.pending).toBeNull();
    const datasetId = committed.dataset?.id as string;
    expect(await datasetHandlers.state(null, ctx(), session)).toMatchObject({
      datasets: [{ id: datasetId, name: 'Mini' }],
      activeDatasetId: datasetId,
    });

    // The same import again is recognised in the active dataset.
    const again = await importHandlers.preview(
      { files: mini(), datasetId, mappings: {}, productMap: {} },
      ctx(),
      session,
    );
    expect(again.knownBatch?.id).toBe(committed.dataset?.batches[0]?.id);

    const drill = await figureHandlers.drill(
      { metric: 'inflow', kind: 'year', period: '2019' },
      ctx(),
      session,
    );
    expect(drill.trajectories).toBe(expected.byYear['2019'].inflow);

    const undone = await datasetHandlers.undo(
      { batchId: committed.dataset?.batches[0]?.id as string },
      ctx(),
      session,
    );
    expect(undone).toBeNull();
    expect((await datasetHandlers.state(null, ctx(), session)).datasets).toEqual([]);
  });

  it('weigert met een vaste code, nooit met een zin', async () => {
    const session = fresh();
    expect(
      await refusal(
        importHandlers.commit({ target: { name: 'X' }, replace: null }, ctx(), session),
      ),
    ).toBe('nothing_to_commit');
    expect(
      await refusal(
        figureHandlers.drill({ metric: 'clients', kind: 'year', period: '2019' }, ctx(), session),
      ),
    ).toBe('nothing_to_drill');
    expect(await refusal(datasetHandlers.open({ datasetId: 'weg' }, ctx(), session))).toBe(
      'dataset_gone',
    );
    expect(
      await refusal(backupHandlers.restore(new TextEncoder().encode('{}'), ctx(), session)),
    ).toBe('not_a_backup');
  });

  it('terugzetten geeft de werkruimte van ervoor terug; die terugzetten maakt het ongedaan', async () => {
    const session = fresh();
    await importHandlers.preview(
      { files: mini(), datasetId: null, mappings: {}, productMap: {} },
      ctx(),
      session,
    );
    await importHandlers.commit({ target: { name: 'Mini' }, replace: null }, ctx(), session);
    const withMini = await backupHandlers.backup(null, ctx(), session);
    const empty = newSession(Workspace.open(`handlers-${n++}`));
    const emptyBackup = await backupHandlers.backup(null, ctx(), empty);

    const before = await backupHandlers.restore(emptyBackup, ctx(), session);
    expect((await datasetHandlers.state(null, ctx(), session)).datasets).toEqual([]);
    await backupHandlers.restore(before, ctx(), session);
    expect((await datasetHandlers.state(null, ctx(), session)).datasets).toHaveLength(1);
    expect(before.length).toBe(withMini.length);
  });

  it('nieuwe instellingen worden bewaard en gelden voor de cijfers in beeld', async () => {
    const session = fresh();
    await importHandlers.sample({ file: mini()[0] as never }, ctx(), session);
    const settings = { ...defaultFigureSettings, filters: { products: ['IB1' as const] } };
    const analysis = await figureHandlers.settings(settings, ctx(), session);
    expect(analysis?.metrics?.meta.filters).toEqual({ products: ['IB1'] });
    expect(await session.workspace.setting('figureSettings')).toEqual(settings);
  });
});
