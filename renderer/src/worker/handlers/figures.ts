import { type CompareJson, withReferenceDataset } from '../../../../shared/compare/compare';
import { compareEveryFigure } from '../../../../shared/compare/figuresByMunicipality';
import type { DrillQuery, DrillResult } from '../../../../shared/metrics/drill';
import { type FigureSettings, inForce } from '../../../../shared/metrics/settings';
import { dayFromIso } from '../../../../shared/periods/days';
import { analyseInView, engineFor, paramsOf } from '../analysis';
import { type Analysis, type CallContext, Refusal } from '../protocol';
import type { Session } from '../session';

/** The figures of the data in view: new settings, and the trajectories behind a figure. */
export const figureHandlers = {
  /** Applies and stores new settings; the figures under them, or null when no data is in view. */
  async settings(
    settings: FigureSettings,
    ctx: CallContext,
    session: Session,
  ): Promise<Analysis | null> {
    const asked = inForce(settings);
    session.settings = asked;
    // Stored while the figures are computed: IndexedDB works off this thread.
    // (Its failure is held, not left unhandled, should the figures fail first.)
    const saved = session.workspace.setSetting('figureSettings', session.settings).then(
      () => null,
      (error: unknown) => error,
    );
    let analysis: Analysis | null = null;
    if (session.inView) {
      // A stored dataset shown from its kept figures may still be loading.
      if (!session.inView.loaded) {
        ctx.progress('loading');
        await session.inView.data;
      }
      ctx.progress('computing');
      analysis = await analyseInView(session, asked);
    }
    const failure = await saved;
    if (failure) throw failure;
    return analysis;
  },

  async drill(query: DrillQuery, _ctx: CallContext, session: Session): Promise<DrillResult> {
    const data = session.inView ? await session.inView.data : null;
    if (!data || data.allocations.length === 0) throw new Refusal('nothing_to_drill');
    return engineFor(data).drill(paramsOf(session, data), query);
  },

  /**
   * Vergelijking with every figure per municipality (`compareEveryFigure`), and other
   * stored datasets beside the one in view as like-for-like references: computed with
   * the same definitions, trajectory gap and the view's peildatum; their inhabitants
   * from either dataset. Null without data or population.
   */
  async compareWith(
    { datasetIds }: { datasetIds: string[] },
    ctx: CallContext,
    session: Session,
  ): Promise<CompareJson | null> {
    const data = session.inView ? await session.inView.data : null;
    if (!data || data.allocations.length === 0) throw new Refusal('nothing_to_drill');
    ctx.progress('computing');
    const params = paramsOf(session, data);
    let out = compareEveryFigure(engineFor(data), data.population, data.references, params);
    const peildatum = dayFromIso(out.meta.peildatum);
    const names = new Map((await session.workspace.datasets()).map((d) => [d.id, d.name]));
    for (const id of datasetIds) {
      const name = names.get(id);
      if (name === undefined || id === session.inView?.dataset?.id) continue;
      ctx.progress('reading');
      const other = await session.workspace.load(id);
      if (other.allocations.length === 0) continue;
      ctx.progress('computing');
      // Inhabitants from the other dataset, else from this one (never both: they would add up).
      const known = new Set(other.population.map((p) => `${p.municipality}|${p.year}`));
      const theirs = compareEveryFigure(
        engineFor(other),
        [
          ...other.population,
          ...data.population.filter((p) => !known.has(`${p.municipality}|${p.year}`)),
        ],
        [],
        { ...paramsOf(session, other), peildatum },
      );
      out = withReferenceDataset(out, theirs, name);
    }
    return out;
  },
};

export type FigureHandlers = typeof figureHandlers;
