import type { DrillQuery, DrillResult } from '../../../../shared/metrics/drill';
import type { FigureSettings } from '../../../../shared/metrics/settings';
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
    session.settings = settings;
    // Stored while the figures are computed: IndexedDB works off this thread.
    // (Its failure is held, not left unhandled, should the figures fail first.)
    const saved = session.workspace.setSetting('figureSettings', settings).then(
      () => null,
      (error: unknown) => error,
    );
    let analysis: Analysis | null = null;
    if (session.inView) {
      ctx.progress('computing');
      analysis = await analyseInView(session);
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
};

export type FigureHandlers = typeof figureHandlers;
