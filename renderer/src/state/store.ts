import { create } from 'zustand';
import sampleUrl from '../../../data-samples/drechtsteden-2015-2019.xlsx?url';
import type { InputFile } from '../../../shared/import/importFiles';
import { newPseudonymKey } from '../../../shared/privacy/pseudonymise';
import { type AnalysisResult, analyse } from '../worker/client';

export interface LoadedData {
  name: string;
  files: string[];
  result: AnalysisResult;
}

interface AppState {
  busy: 'reading' | 'computing' | null;
  active: LoadedData | null;
  /** An import the user is looking at before committing it. */
  preview: LoadedData | null;
  error: string | null;
  loadSample(): Promise<void>;
  previewFiles(files: InputFile[]): Promise<void>;
  commitPreview(): void;
  discardPreview(): void;
}

// One key per session until the workspace database keeps it (renderer/db).
const pseudonymKey = newPseudonymKey();

export const useApp = create<AppState>((set, get) => ({
  busy: null,
  active: null,
  preview: null,
  error: null,

  async loadSample() {
    set({ busy: 'reading', error: null });
    try {
      const response = await fetch(sampleUrl);
      const bytes = new Uint8Array(await response.arrayBuffer());
      const name = 'drechtsteden-2015-2019.xlsx';
      const result = await analyse([{ name, bytes }], pseudonymKey, (busy) => set({ busy }));
      set({
        active: { name: 'Voorbeeld: Drechtsteden 2015–2019', files: [name], result },
        busy: null,
      });
    } catch (error) {
      set({ busy: null, error: `Voorbeelddata laden mislukt: ${(error as Error).message}` });
    }
  },

  async previewFiles(files) {
    if (files.length === 0) return;
    set({ busy: 'reading', error: null, preview: null });
    try {
      const result = await analyse(files, pseudonymKey, (busy) => set({ busy }));
      const names = files.map((f) => f.name);
      set({ preview: { name: names.join(', '), files: names, result }, busy: null });
    } catch (error) {
      set({ busy: null, error: `Importeren mislukt: ${(error as Error).message}` });
    }
  },

  commitPreview() {
    const { preview } = get();
    if (preview?.result.metrics) set({ active: preview, preview: null });
  },

  discardPreview() {
    set({ preview: null });
  },
}));
