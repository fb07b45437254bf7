import type { Field } from '../../../shared/import/fields';
import { msg } from '../i18n/i18n';
import { type Progress, send } from '../worker/client';
import { Refusal, type RefusalCode } from '../worker/protocol';
import { showDataset } from './figuresSlice';
import type { ImportSlice, Slice } from './types';

export const importSlice: Slice<ImportSlice> = (set, get) => {
  /** Reads the preview's files again with the corrections made so far. */
  const preview = async (progress: Progress) => {
    const input = get().previewInput;
    if (!input) return;
    const result = await send(
      'preview',
      {
        files: input.files,
        datasetId: get().active?.result.dataset?.id ?? null,
        mappings: input.mappings,
        productMap: input.productMap,
      },
      progress,
    );
    const names = input.files.map((f) => f.name);
    set({ preview: { name: names.join(', '), files: names, result } });
  };

  return {
    previewInput: null,
    preview: null,

    previewFiles: (files) =>
      get().run(msg('Importeren'), async (progress) => {
        if (files.length === 0) return;
        set({ preview: null, previewInput: { files, mappings: {}, productMap: {} } });
        await preview(progress);
      }),

    mapProduct: (value, product) =>
      get().run(msg('Product koppelen'), async (progress) => {
        const input = get().previewInput;
        if (!input) return;
        set({ previewInput: { ...input, productMap: { ...input.productMap, [value]: product } } });
        await preview(progress);
      }),

    remap: (signature, column, field) =>
      get().run(msg('Kolom koppelen'), async (progress) => {
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

    commitPreview: (target) =>
      get().run(msg('Opslaan'), async (progress) => {
        const { preview, active } = get();
        if (!preview?.result.metrics) return;
        // The same file again in the dataset it was found in replaces that import.
        const intoActive = 'datasetId' in target && target.datasetId === active?.result.dataset?.id;
        const replace = intoActive ? (preview.result.knownBatch?.id ?? null) : null;
        showDataset(set, await send('commit', { target, replace }, progress));
        set({ preview: null, datasets: (await send('state', null)).datasets });
      }),

    unlockFile: async (name, password) => {
      let refused: RefusalCode | null = null;
      await get().run(msg('Openen met wachtwoord'), async (progress) => {
        const input = get().previewInput;
        const file = input?.files.find((f) => f.name === name);
        if (!input || !file) return;
        try {
          const opened = await send('unlock', { file, password }, progress);
          // The opened workbook takes the locked one's place; the password is not kept.
          set({
            previewInput: {
              ...input,
              files: input.files.map((f) => (f.name === name ? opened : f)),
            },
          });
        } catch (error) {
          if (error instanceof Refusal) {
            refused = error.code;
            return;
          }
          throw error;
        }
        await preview(progress);
      });
      return refused;
    },

    discardPreview: () => {
      set({ preview: null });
      void send('discard', null).catch(() => undefined);
    },
  };
};
