import type { SheetMapping } from '../../../shared/import/importFiles';
import type { FigureSettings } from '../../../shared/metrics/settings';
import type { ProductCode } from '../../../shared/model/products';
import type { Analysis } from '../worker/protocol';

/** What the settings table holds, by key: `Workspace.setting(key)` returns that key's type. */
export interface StoredSettings {
  /** The key that pseudonymises BSNs in this workspace (made on first use). */
  pseudonymKey: Uint8Array;
  figureSettings: Partial<FigureSettings>;
  activeDatasetId: string | null;
  /** Column corrections per sheet signature, applied again to files with the same headers. */
  columnMappings: Record<string, SheetMapping>;
  /** Product values the user mapped (`HH1` → `other:HH1`, `Licht+` → `IB1`). */
  productMappings: Record<string, ProductCode>;
  /** The figures shown last, so the app opens on them while the dataset loads. */
  shownFigures: { key: string; analysis: Analysis };
}
