import { create } from 'zustand';
import sampleUrl from '../../../data-samples/drechtsteden-2015-2019.xlsx?url';
import type { Field } from '../../../shared/import/fields';
import type { InputFile, SheetMapping } from '../../../shared/import/importFiles';
import { defaultAgeBounds } from '../../../shared/metrics/ageBands';
import type { DrillQuery, DrillResult } from '../../../shared/metrics/drill';
import type { ProductCode } from '../../../shared/model/products';
import { type Language, msg, savedLanguage, saveLanguage, t } from '../i18n/i18n';
import {
  analysis,
  Cancelled,
  call,
  cancel,
  type Progress,
  type Stage,
  workspaceState,
} from '../worker/client';
import type { Analysis, FigureSettings } from '../worker/protocol';

export interface Shown {
  /** What the user sees this as: the sample, a stored dataset, or the files of a preview. */
  name: string;
  files: string[];
  result: Analysis;
}

interface AppState {
  /** The files of the preview and the user's corrections to how their sheets were read. */
  previewInput: {
    files: InputFile[];
    mappings: Record<string, SheetMapping>;
    productMap: Record<string, ProductCode>;
  } | null;
  /** Reads a product value the rules did not know as `product`, and previews again. */
  mapProduct(value: string, product: ProductCode): Promise<void>;
  /** Reads one column of a sheet as `field` (null: not used), and previews again. */
  remap(signature: string, column: number, field: Field | null): Promise<void>;
  busy: Stage | null;
  /** How far the busy stage is (0..1), where the worker can tell. */
  busyDone: number | null;
  active: Shown | null;
  /** An import the user is looking at before committing it. */
  preview: Shown | null;
  error: string | null;
  start(): Promise<void>;
  previewFiles(files: InputFile[]): Promise<void>;
  /** Stores the preview: into the active dataset, or a new one; replacing an earlier import of the same file. */
  commitPreview(into: 'active' | 'new'): Promise<void>;
  discardPreview(): void;
  undo(batchId: string): Promise<void>;
  settings: FigureSettings;
  applySettings(settings: FigureSettings): Promise<void>;
  /** Stops the running import or computation; nothing is half-stored. */
  cancel(): void;
  /** The trajectories behind a figure the user clicked. */
  drill: DrillResult | null;
  openDrill(query: DrillQuery): Promise<void>;
  closeDrill(): void;
  backup(): Promise<Uint8Array | null>;
  /** Replaces the workspace with a backup file; `restored` offers to undo that. */
  restore(bytes: Uint8Array): Promise<void>;
  undoRestore(): Promise<void>;
  restored: boolean;
  notice: string | null;
  language: Language;
  setLanguage(language: Language): void;
  /** The definition shown in "Hoe berekend?" ('' = all, from the top), or null when closed. */
  how: string | null;
  showHow(term: string | null): void;
}

const SAMPLE = 'drechtsteden-2015-2019.xlsx';
const stem = (name: string) => name.replace(/\.[^.]*$/, '');

export const useApp = create<AppState>((set, get) => {
  /** Runs a worker call with progress and one place for its error. */
  const run = async (what: string, fn: (progress: Progress) => Promise<void>) => {
    set({ busy: 'reading', busyDone: null, error: null, notice: null });
    try {
      await fn((busy, done) => set({ busy, busyDone: done ?? null }));
    } catch (error) {
      if (error instanceof Cancelled) return;
      set({
        error: t('{what} mislukt: {message}', {
          what: t(what),
          message: t((error as Error).message),
        }),
      });
    } finally {
      set({ busy: null });
    }
  };

  const showSample = (progress: Progress) =>
    fetch(sampleUrl)
      .then((r) => r.arrayBuffer())
      .then((buffer) =>
        analysis(
          { type: 'sample', file: { name: SAMPLE, bytes: new Uint8Array(buffer) } },
          progress,
        ),
      )
      .then((result) => {
        if (result)
          set({
            // The Dutch name is the key: the header translates it, the brief keeps it Dutch.
            active: { name: msg('Voorbeeld: Drechtsteden 2015–2019'), files: [SAMPLE], result },
          });
      });

  const preview = async (progress: Progress) => {
    const input = get().previewInput;
    if (!input) return;
    const datasetId = get().active?.result.dataset?.id ?? null;
    const result = await analysis(
      {
        type: 'preview',
        files: input.files,
        datasetId,
        mappings: input.mappings,
        productMap: input.productMap,
      },
      progress,
    );
    const names = input.files.map((f) => f.name);
    if (result) set({ preview: { name: names.join(', '), files: names, result } });
  };

  const showDataset = (result: Analysis | null) => {
    if (!result?.dataset) return;
    set({
      active: {
        name: result.dataset.name,
        files: result.dataset.batches.flatMap((b) => b.files),
        result,
      },
    });
  };

  return {
    busy: null,
    busyDone: null,
    active: null,
    preview: null,
    error: null,

    settings: {
      peildatum: null,
      gapDays: 31,
      filters: {},
      ageBounds: [...defaultAgeBounds],
      tariffs: [],
    },
    drill: null,
    how: null,
    showHow: (how) => set({ how }),
    restored: false,
    notice: null,
    language: savedLanguage(),

    setLanguage: (language) => {
      saveLanguage(language);
      document.documentElement.lang = language;
      set({ language });
    },

    cancel: () => {
      cancel();
      // The new worker knows nothing yet: show the stored data (or the sample) again.
      set({ busy: null, preview: null, previewInput: null });
      void get()
        .start()
        .then(() => set({ notice: t('Geannuleerd: er is niets veranderd.') }));
    },

    openDrill: (query) =>
      run(msg('Inzoomen'), async (progress) => {
        const answer = await call({ type: 'drill', query }, progress);
        if (answer.type === 'drill') set({ drill: answer.result });
      }),
    closeDrill: () => set({ drill: null }),

    backup: async () => {
      let bytes: Uint8Array | null = null;
      await run(msg('Reservekopie maken'), async (progress) => {
        const answer = await call({ type: 'backup' }, progress);
        if (answer.type === 'bytes') bytes = answer.bytes;
      });
      return bytes;
    },

    restore: (bytes) =>
      run(msg('Reservekopie terugzetten'), async (progress) => {
        const answer = await call({ type: 'restore', bytes }, progress);
        if (answer.type === 'refused') {
          set({ error: t(answer.message) });
          return;
        }
        set({ restored: true, active: null });
        await get().start();
        set({ notice: t('De reservekopie is teruggezet.') });
      }),

    undoRestore: () =>
      run(msg('Terugzetten ongedaan maken'), async (progress) => {
        await call({ type: 'undoRestore' }, progress);
        set({ restored: false, active: null });
        await get().start();
        set({ notice: t('De werkruimte is weer zoals vóór het terugzetten.') });
      }),

    applySettings: (settings) =>
      run(msg('Instellingen toepassen'), async (progress) => {
        set({ settings });
        const result = await analysis({ type: 'settings', settings }, progress);
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

    start: () =>
      run(msg('Starten'), async (progress) => {
        const state = await workspaceState();
        if (state.activeDatasetId === null) set({ active: null });
        set({ settings: state.settings });
        if (state.activeDatasetId)
          showDataset(await analysis({ type: 'open', datasetId: state.activeDatasetId }, progress));
        else await showSample(progress);
      }),

    previewInput: null,

    previewFiles: (files) =>
      run(msg('Importeren'), async (progress) => {
        if (files.length === 0) return;
        set({ preview: null, previewInput: { files, mappings: {}, productMap: {} } });
        await preview(progress);
      }),

    mapProduct: (value, product) =>
      run(msg('Product koppelen'), async (progress) => {
        const input = get().previewInput;
        if (!input) return;
        set({ previewInput: { ...input, productMap: { ...input.productMap, [value]: product } } });
        await preview(progress);
      }),

    remap: (signature, column, field) =>
      run(msg('Kolom koppelen'), async (progress) => {
        const input = get().previewInput;
        const sheet = get().preview?.result.report.sheets.find((s) => s.signature === signature);
        if (!input || !sheet) return;
        // Start from how the sheet is read now; the column leaves its old field, the field its old column.
        const columns: Partial<Record<Field, number | null>> = { ...sheet.columnIndex };
        for (const [f, c] of Object.entries(columns) as [Field, number | null][])
          if (c === column) columns[f] = null;
        if (field) columns[field] = column;
        set({
          previewInput: { ...input, mappings: { ...input.mappings, [signature]: { columns } } },
        });
        await preview(progress);
      }),

    commitPreview: (into) =>
      run(msg('Opslaan'), async (progress) => {
        const { preview, active } = get();
        if (!preview?.result.metrics) return;
        const datasetId = active?.result.dataset?.id;
        const target =
          into === 'active' && datasetId
            ? { datasetId }
            : { name: stem(preview.files[0] ?? 'Gegevensset') };
        const replace = into === 'active' ? (preview.result.knownBatch?.id ?? null) : null;
        showDataset(await analysis({ type: 'commit', target, replace }, progress));
        set({ preview: null });
      }),

    discardPreview: () => {
      set({ preview: null });
      void analysis({ type: 'discard' }, () => {});
    },

    undo: (batchId) =>
      run(msg('Ongedaan maken'), async (progress) => {
        const result = await analysis({ type: 'undo', batchId }, progress);
        if (result?.dataset) showDataset(result);
        else await showSample(progress);
      }),
  };
});
