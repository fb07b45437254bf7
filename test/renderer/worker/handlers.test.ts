import 'fake-indexeddb/auto';
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
import { Workspace } from '../../../renderer/src/db/workspace';
import { backupHandlers } from '../../../renderer/src/worker/handlers/backup';
import { datasetHandlers } from '../../../renderer/src/worker/handlers/datasets';
import { figureHandlers } from '../../../renderer/src/worker/handlers/figures';
import {
  importHandlers,
  SAMPLE_DATASET,
} from '../../../renderer/src/worker/handlers/importSession';
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
/** mini.xlsx previewed and stored as dataset "Mini". */
async function storeMini(session: ReturnType<typeof fresh>) {
  await importHandlers.preview(
    { files: mini(), datasetId: null, mappings: {}, productMap: {} },
    ctx(),
    session,
  );
  return importHandlers.commit({ target: { name: 'Mini' }, replace: null }, ctx(), session);
}
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
    expectTypeOf<Result<'restore'>>().toEqualTypeOf<{ before: Uint8Array; sealed: boolean }>();
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

  it('een bestand zonder toewijzingen (StatLine, inwoners) vult aan wat in beeld is: de voorbeelddata, dan de gegevensset', async () => {
    const session = fresh();
    await importHandlers.sample({ file: mini()[0] as never }, ctx(), session);
    const statline = [{ name: 'statline.csv', bytes: fixture('statline-86050NED.csv') }];
    const onSample = await importHandlers.preview(
      { files: statline, datasetId: null, mappings: {}, productMap: {} },
      ctx(),
      session,
    );
    expect(onSample.addsTo).toBe('sample');
    // The figures are of the sample and the file together: usable, with a comparison.
    expect(onSample.metrics?.byYear['2019']?.clients).toBe(expected.byYear['2019'].clients);
    expect(onSample.compare).not.toBeNull();
    const stored = await importHandlers.commit(
      { target: { name: 'genegeerd' }, replace: null },
      ctx(),
      session,
    );
    expect(stored.dataset?.name).toBe(SAMPLE_DATASET);
    expect(stored.dataset?.batches.map((b) => b.files)).toEqual([['mini.xlsx'], ['statline.csv']]);
    expect(stored.compare).not.toBeNull();

    const datasetId = stored.dataset?.id as string;
    const inhabitants = [{ name: 'inwoners.csv', bytes: fixture('vergelijking-inwoners.csv') }];
    const onDataset = await importHandlers.preview(
      { files: inhabitants, datasetId, mappings: {}, productMap: {} },
      ctx(),
      session,
    );
    expect(onDataset).toMatchObject({ addsTo: 'dataset', consequences: [] });
    const added = await importHandlers.commit(
      { target: { datasetId }, replace: null },
      ctx(),
      session,
    );
    expect(added.dataset?.batches).toHaveLength(3);
    expect(added.metrics?.byYear['2019']?.clients).toBe(expected.byYear['2019'].clients);
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
      await refusal(
        backupHandlers.restore(
          { bytes: new TextEncoder().encode('{}'), passphrase: null },
          ctx(),
          session,
        ),
      ),
    ).toBe('not_a_backup');
    expect(await refusal(backupHandlers.backup({ passphrase: 'kort' }, ctx(), session))).toBe(
      'backup_passphrase_short',
    );
  });

  it('terugzetten geeft de werkruimte van ervoor terug; die terugzetten maakt het ongedaan', async () => {
    const session = fresh();
    await storeMini(session);
    const passphrase = 'een lang genoeg wachtwoord';
    const empty = newSession(Workspace.open(`handlers-${n++}`));
    const emptyBackup = await backupHandlers.backup({ passphrase }, ctx(), empty);
    expect(
      await refusal(
        backupHandlers.restore(
          { bytes: emptyBackup, passphrase: 'fout fout fout' },
          ctx(),
          session,
        ),
      ),
    ).toBe('backup_wrong_passphrase');
    expect(
      await refusal(
        backupHandlers.restore({ bytes: emptyBackup, passphrase: null }, ctx(), session),
      ),
    ).toBe('backup_passphrase_needed');
    expect((await datasetHandlers.state(null, ctx(), session)).datasets).toHaveLength(1);

    const { before, sealed } = await backupHandlers.restore(
      { bytes: emptyBackup, passphrase },
      ctx(),
      session,
    );
    expect(sealed).toBe(true);
    expect((await datasetHandlers.state(null, ctx(), session)).datasets).toEqual([]);
    // The snapshot that undoes it is in clear, in memory only, and restores without a passphrase.
    await backupHandlers.restore({ bytes: before, passphrase: null }, ctx(), session);
    expect((await datasetHandlers.state(null, ctx(), session)).datasets).toHaveLength(1);
  });

  it('werkruimte wissen: geen gegevensset, instelling of sleutel blijft; daarna een nieuwe sleutel', async () => {
    const session = fresh();
    await storeMini(session);
    const key = await session.workspace.pseudonymKey();
    const name = session.workspace.db.name;
    await datasetHandlers.wipe(null, ctx(), session);
    expect(session.inView).toBeNull();
    // The database itself was deleted, then made again empty on the next use.
    expect((await indexedDB.databases()).some((d) => d.name === name)).toBe(false);
    expect(await datasetHandlers.state(null, ctx(), session)).toMatchObject({
      datasets: [],
      activeDatasetId: null,
    });
    for (const table of session.workspace.db.tables)
      expect([table.name, await table.count()]).toEqual([table.name, 0]);
    expect(await session.workspace.pseudonymKey()).not.toEqual(key);
  });

  it('bij de volgende start: de bewaarde cijfers, en wat elke aanroep nodig heeft wordt vooraf gemaakt', async () => {
    const name = `handlers-${n++}`;
    const first = newSession(Workspace.open(name));
    await datasetHandlers.state(null, ctx(), first);
    const committed = await storeMini(first);
    // The figures shown are kept for the next start (written while they go to the screen).
    await vi.waitFor(async () =>
      expect(await first.workspace.setting('shownFigures')).toBeDefined(),
    );

    const session = newSession(Workspace.open(name)); // the app started again
    const { activeDatasetId } = await datasetHandlers.state(null, ctx(), session);
    const progress = ctx();
    const opened = await datasetHandlers.open(
      { datasetId: activeDatasetId as string },
      progress,
      session,
    );
    // Shown from what was kept: read, not computed.
    expect(progress.stages).toEqual(['loading']);
    expect(opened.metrics).toEqual(committed.metrics);
    expect(await session.inView?.prepared).toEqual(['dataset', 'trajectories', 'steering']);
    // Back at the start's settings: the kept figures themselves, nothing computed; a
    // dimension with nothing ticked is no filter.
    expect(await figureHandlers.settings(session.settings, ctx(), session)).toBe(opened);
    expect(
      await figureHandlers.settings(
        { ...session.settings, filters: { products: [], providers: [] } },
        ctx(),
        session,
      ),
    ).toBe(opened);
    expect((await session.workspace.setting('figureSettings'))?.filters).toEqual({});
    const ib1 = await figureHandlers.settings(
      { ...session.settings, filters: { products: ['IB1'] } },
      ctx(),
      session,
    );
    expect(ib1?.metrics?.meta.filters).toEqual({ products: ['IB1'] });
    expect(ib1?.metrics?.byYear['2019']?.clients).toBe(expected.products.IB1.clients['2019']);
    // The kept steering figures serve every filter: not computed again.
    expect(ib1?.steering).toEqual(committed.steering);
    expect(ib1?.steering).toBe(opened.steering);
  });

  it('een filter meteen na de start wacht op de gegevens, en zegt dat', async () => {
    const name = `handlers-${n++}`;
    const first = newSession(Workspace.open(name));
    await datasetHandlers.state(null, ctx(), first);
    await storeMini(first);
    await vi.waitFor(async () =>
      expect(await first.workspace.setting('shownFigures')).toBeDefined(),
    );

    const session = newSession(Workspace.open(name));
    const { activeDatasetId } = await datasetHandlers.state(null, ctx(), session);
    await datasetHandlers.open({ datasetId: activeDatasetId as string }, ctx(), session);
    expect(session.inView?.loaded).toBe(false);
    const early = ctx();
    const ggz = { ...session.settings, filters: { providerGroups: ['ggz' as const] } };
    const analysis = await figureHandlers.settings(ggz, early, session);
    expect(early.stages).toEqual(['loading', 'computing']);
    expect(analysis?.metrics?.byYear['2019']?.clients).toBe(expected.providerGroups.ggz['2019']);
    // Loaded now: the next change only computes.
    const later = ctx();
    await figureHandlers.settings(session.settings, later, session);
    expect(later.stages).toEqual(['computing']);
  });

  it('een peildatum buiten de gegevens wordt terzijde gelegd: de cijfers op hun eigen, en de app zegt het', async () => {
    const session = fresh();
    await importHandlers.sample({ file: mini()[0] as never }, ctx(), session);
    // mini.xlsx: the first start 2018-01-01, its own peildatum 2019-12-31.
    const outside = await figureHandlers.settings(
      { ...defaultFigureSettings, peildatum: '9999-12-31' },
      ctx(),
      session,
    );
    expect(outside?.metrics?.meta.peildatum).toBe('2019-12-31');
    expect(outside?.metrics?.years).toEqual(['2018', '2019']);
    expect(outside?.peildatum).toEqual({
      earliest: '2018-01-01',
      latest: '2020-12-31',
      setAside: '9999-12-31',
    });
    const inside = await figureHandlers.settings(
      { ...defaultFigureSettings, peildatum: '2020-12-31' },
      ctx(),
      session,
    );
    expect(inside?.metrics?.meta.peildatum).toBe('2020-12-31');
    expect(inside?.peildatum?.setAside).toBeNull();
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
