import type { StateCreator } from 'zustand';
import type { Field } from '../../../shared/import/fields';
import type { InputFile, SheetMapping } from '../../../shared/import/importFiles';
import type { DrillQuery, DrillResult } from '../../../shared/metrics/drill';
import type { FigureSettings } from '../../../shared/metrics/settings';
import type { ProductCode } from '../../../shared/model/products';
import type { Language } from '../i18n/i18n';
import type { Progress, Stage } from '../worker/client';
import type { Analysis, RefusalCode } from '../worker/protocol';

/** What the user sees as one set of figures: the sample, a stored dataset, or the files of a preview. */
export interface Shown {
  name: string;
  files: string[];
  result: Analysis;
}

/** Progress, messages and choices of the interface itself. */
export interface UiSlice {
  /** What the running call is doing: `waiting` until the worker says which stage it is in. */
  busy: Stage | 'waiting' | null;
  /** How far the busy stage is (0..1), where the worker can tell. */
  busyDone: number | null;
  error: string | null;
  notice: string | null;
  language: Language;
  setLanguage(language: Language): void;
  /** The definition shown in "Hoe berekend?" ('' = all, from the top), or null when closed. */
  how: string | null;
  showHow(term: string | null): void;
  /** Stops the running import or computation; nothing is half-stored. */
  cancel(): void;
  /**
   * Runs a worker call with progress, and is the one place where a failed call
   * becomes a message for the user.
   */
  run(what: string, fn: (progress: Progress) => Promise<void>): Promise<void>;
}

/** The figures on screen and the settings they are computed with. */
export interface FiguresSlice {
  active: Shown | null;
  settings: FigureSettings;
  start(): Promise<void>;
  applySettings(settings: FigureSettings): Promise<void>;
  /** The settings before the last change, until it is undone. */
  previousSettings: FigureSettings | null;
  /** Puts the settings back as they were before the last change. */
  undoSettings(): Promise<void>;
  /** The trajectories behind a figure the user clicked. */
  drill: DrillResult | null;
  openDrill(query: DrillQuery): Promise<void>;
  closeDrill(): void;
  /** Undoes one import of the active dataset, and says what it undid. */
  undo(batchId: string): Promise<void>;
  /** The stored datasets, by name. */
  datasets: { id: string; name: string }[];
  /** Shows a stored dataset, or (null) the sample. */
  switchDataset(datasetId: string | null): Promise<void>;
  renameDataset(datasetId: string, name: string): Promise<void>;
  /** Removes a dataset and its imports (the UI asks first). */
  deleteDataset(datasetId: string): Promise<void>;
  /** Vergelijking with these other datasets beside the one in view (none: as computed). */
  compareWith(datasetIds: string[]): Promise<void>;
}

/** An import being previewed, with the user's corrections, until it is committed or discarded. */
export interface ImportSlice {
  /** The files of the preview and the user's corrections to how their sheets were read. */
  previewInput: {
    files: InputFile[];
    mappings: Record<string, SheetMapping>;
    productMap: Record<string, ProductCode>;
  } | null;
  preview: Shown | null;
  previewFiles(files: InputFile[]): Promise<void>;
  /** Reads one column of a sheet as `field` (null: not used), and previews again. */
  remap(signature: string, column: number, field: Field | null): Promise<void>;
  /** Reads a product value the rules did not know as `product`, and previews again. */
  mapProduct(value: string, product: ProductCode): Promise<void>;
  /** Stores the preview: into a dataset, or a new one with this name; replacing an earlier import of the same file. */
  commitPreview(target: { datasetId: string } | { name: string }): Promise<void>;
  discardPreview(): void;
  /**
   * Opens a file of the preview that was saved with a password, and previews again; null
   * when it opened, else why not (a wrong password, an encryption we cannot open).
   */
  unlockFile(name: string, password: string): Promise<RefusalCode | null>;
}

/** Backups, and undoing a restore while the app is open. */
export interface BackupSlice {
  /** The workspace encrypted with `passphrase`, or null when that was refused or stopped. */
  backup(passphrase: string): Promise<Uint8Array | null>;
  /**
   * Replaces the workspace with a backup file (`passphrase` null for one from
   * before backups were encrypted), keeping the workspace as it was for `undoRestore`.
   */
  restore(bytes: Uint8Array, passphrase: string | null): Promise<void>;
  undoRestore(): Promise<void>;
  /** "Werkruimte wissen": data, settings, key and the language choice gone; the app starts empty. */
  wipe(): Promise<void>;
  /** The workspace as it was before the last restore, until that is undone (see `canUndoRestore`). */
  beforeRestore: Uint8Array | null;
}

export type AppState = UiSlice & FiguresSlice & ImportSlice & BackupSlice;

/** One slice of the store, with access to the whole. */
export type Slice<T> = StateCreator<AppState, [], [], T>;
