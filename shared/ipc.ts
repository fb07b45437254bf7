/**
 * The one contract between the renderer and the Electron shell. The preload
 * exposes these verbs as `window.bm`; main validates every argument it gets.
 */

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

export interface SaveResult {
  saved: boolean;
}

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  /** Where the app keeps its data, for people to read: no absolute path. */
  dataFolder: string;
}

/** Menu commands the shell sends to the page. */
export const menuCommands = ['import', 'export', 'print', 'about', 'how-calculated'] as const;
export type MenuCommand = (typeof menuCommands)[number];

export interface BmApi {
  /** Native open dialog for spreadsheets; returns the chosen files' bytes. */
  pickSpreadsheets(): Promise<PickedFile[]>;
  /** Native save dialog; writes the bytes where the user chose. */
  saveFile(suggestedName: string, bytes: Uint8Array): Promise<SaveResult>;
  /** Prints the current page to a PDF the user chooses where to save. */
  printToPdf(suggestedName: string): Promise<SaveResult>;
  appInfo(): Promise<AppInfo>;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onCommand(listener: (command: MenuCommand) => void): () => void;
}

export const ipcChannels = {
  pickSpreadsheets: 'bm:pick-spreadsheets',
  saveFile: 'bm:save-file',
  printToPdf: 'bm:print-to-pdf',
  appInfo: 'bm:app-info',
  onCommand: 'bm:command',
} as const satisfies Record<keyof BmApi, string>;

/** Largest file the renderer may ask main to write. */
export const MAX_SAVE_BYTES = 200 * 1024 * 1024;

const allowedExtensions = ['xlsx', 'csv', 'docx', 'pptx', 'pdf', 'png', 'json', 'bmbackup'];

/** A file name the user may be offered: no folders, no control characters, a known extension. */
export function validFileName(name: unknown): name is string {
  if (typeof name !== 'string' || name.length === 0 || name.length > 200) return false;
  if (/[\\/:*?"<>|]/.test(name) || name.startsWith('.')) return false;
  if ([...name].some((ch) => ch.charCodeAt(0) < 0x20)) return false;
  const ext = name.split('.').pop()?.toLowerCase() ?? '';
  return allowedExtensions.includes(ext);
}

export type Validated<T> = { ok: true; value: T } | { ok: false; reason: string };

export function validateSaveFile(
  args: readonly unknown[],
): Validated<{ name: string; bytes: Uint8Array }> {
  const [name, bytes] = args;
  if (args.length !== 2) return { ok: false, reason: 'expected (name, bytes)' };
  if (!validFileName(name)) return { ok: false, reason: 'invalid file name' };
  if (!(bytes instanceof Uint8Array)) return { ok: false, reason: 'bytes must be a Uint8Array' };
  if (bytes.byteLength > MAX_SAVE_BYTES) return { ok: false, reason: 'file too large' };
  return { ok: true, value: { name, bytes } };
}

export function validatePrintToPdf(args: readonly unknown[]): Validated<{ name: string }> {
  const [name] = args;
  if (args.length !== 1) return { ok: false, reason: 'expected (name)' };
  if (!validFileName(name) || !name.toLowerCase().endsWith('.pdf'))
    return { ok: false, reason: 'invalid PDF name' };
  return { ok: true, value: { name } };
}

export function validateNoArgs(args: readonly unknown[]): Validated<null> {
  return args.length === 0
    ? { ok: true, value: null }
    : { ok: false, reason: 'expected no arguments' };
}
