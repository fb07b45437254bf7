import sampleUrl from '../../../data-samples/drechtsteden-2015-2019.xlsx?url';
import { defaultFigureSettings } from '../../../shared/metrics/settings';
import { formatFigure } from '../format';
import { msg, t } from '../i18n/i18n';
import { type Progress, send } from '../worker/client';
import type { Analysis } from '../worker/protocol';
import type { AppState, FiguresSlice, Slice } from './types';

const SAMPLE = 'drechtsteden-2015-2019.xlsx';

type Set = (partial: Partial<AppState>) => void;

/** The bundled sample, read by the worker and shown (never stored). */
export async function showSample(set: Set, progress: Progress): Promise<void> {
  const buffer = await (await fetch(sampleUrl)).arrayBuffer();
  const result = await send(
    'sample',
    { file: { name: SAMPLE, bytes: new Uint8Array(buffer) } },
    progress,
  );
  // The Dutch name is the key: the header translates it, the brief keeps it Dutch.
  set({ active: { name: msg('Voorbeeld: Drechtsteden 2015–2019'), files: [SAMPLE], result } });
}

/** A stored dataset's figures on screen. */
export function showDataset(set: Set, result: Analysis): void {
  if (!result.dataset) return;
  set({
    active: {
      name: result.dataset.name,
      files: result.dataset.batches.flatMap((b) => b.files),
      result,
    },
  });
}

export const figuresSlice: Slice<FiguresSlice> = (set, get) => ({
  active: null,
  settings: defaultFigureSettings,
  drill: null,

  start: () =>
    get().run(msg('Starten'), async (progress) => {
      const state = await send('state', null);
      set({ settings: state.settings, datasets: state.datasets });
      if (state.activeDatasetId === null) {
        set({ active: null });
        await showSample(set, progress);
      } else showDataset(set, await send('open', { datasetId: state.activeDatasetId }, progress));
    }),

  previousSettings: null,

  undoSettings: async () => {
    const previous = get().previousSettings;
    if (!previous) return;
    await get().applySettings(previous);
    set({ previousSettings: null });
  },

  applySettings: (settings) =>
    get().run(msg('Instellingen toepassen'), async (progress) => {
      set({ settings, previousSettings: get().settings });
      const result = await send('settings', settings, progress);
      const active = get().active;
      // The data did not change: keep its report and dataset, so what shows them need not redraw.
      if (result && active)
        set({
          active: {
            ...active,
            result: { ...result, report: active.result.report, dataset: active.result.dataset },
          },
        });
    }),

  openDrill: (query) =>
    get().run(msg('Inzoomen'), async (progress) => {
      set({ drill: await send('drill', query, progress) });
    }),
  closeDrill: () => set({ drill: null }),

  undo: (batchId) =>
    get().run(msg('Ongedaan maken'), async (progress) => {
      const dataset = get().active?.result.dataset;
      const batch = dataset?.batches.find((b) => b.id === batchId);
      const result = await send('undo', { batchId }, progress);
      if (result?.dataset) showDataset(set, result);
      else await showSample(set, progress);
      set({ datasets: (await send('state', null)).datasets });
      if (batch && dataset)
        set({
          notice: t('Ongedaan gemaakt: de import van {files} ({n} toewijzingen) uit “{dataset}”.', {
            files: batch.files.join(', '),
            n: formatFigure(batch.allocations, 'count'),
            dataset: dataset.name,
          }),
        });
    }),

  datasets: [],

  switchDataset: (datasetId) =>
    get().run(msg('Gegevensset openen'), async (progress) => {
      set({ drill: null });
      if (datasetId === null) {
        await send('close', null);
        set({ active: null });
        await showSample(set, progress);
      } else showDataset(set, await send('open', { datasetId }, progress));
    }),

  renameDataset: (datasetId, name) =>
    get().run(msg('Naam wijzigen'), async () => {
      await send('rename', { datasetId, name });
      const { datasets } = await send('state', null);
      const active = get().active;
      set({ datasets });
      if (active?.result.dataset?.id === datasetId) {
        const renamed = datasets.find((d) => d.id === datasetId)?.name ?? active.name;
        set({
          active: {
            ...active,
            name: renamed,
            result: {
              ...active.result,
              dataset: { ...active.result.dataset, name: renamed },
            },
          },
        });
      }
    }),

  compareWith: (datasetIds) =>
    get().run(msg('Vergelijken'), async (progress) => {
      const compare = await send('compareWith', { datasetIds }, progress);
      const active = get().active;
      if (active && compare) set({ active: { ...active, result: { ...active.result, compare } } });
    }),

  deleteDataset: (datasetId) =>
    get().run(msg('Gegevensset verwijderen'), async (progress) => {
      const name = get().datasets.find((d) => d.id === datasetId)?.name ?? '';
      await send('remove', { datasetId });
      if (get().active?.result.dataset?.id === datasetId) {
        set({ active: null, drill: null });
        await showSample(set, progress);
      }
      set({
        datasets: (await send('state', null)).datasets,
        notice: t('Gegevensset “{name}” is verwijderd.', { name }),
      });
    }),
});
