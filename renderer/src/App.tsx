import {
  type ChangeEvent,
  type DragEvent,
  type ReactNode,
  useEffect,
  useRef,
  useState,
} from 'react';
import type { MenuCommand } from '../../shared/ipc';
import { formatFigure } from './format';
import { msg, t } from './i18n/i18n';
import { pickSpreadsheets, printPage, saveBytes } from './platform';
import { useApp, usePick } from './state/store';
import { Batches } from './views/Batches';
import { AboutDialog, DrillDialog, HowCalculatedDialog } from './views/Dialogs';
import { FilterBar } from './views/FilterBar';
import { ImportPreview } from './views/ImportPreview';
import { ImportReportView } from './views/ImportReportView';
import { type Screen, ScreenTabs, ScreenView } from './views/Screens';

const stageText = {
  waiting: msg('Bezig…'),
  reading: msg('Bestanden lezen…'),
  loading: msg('Gegevens laden…'),
  pseudonymising: msg('BSN’s vervangen door pseudoniemen…'),
  computing: msg('Cijfers berekenen…'),
  saving: msg('Opslaan…'),
} as const;

/** A disclosure whose content is only rendered while open (the import report can be long). */
function LazyDetails({
  className,
  summary,
  children,
}: {
  className: string;
  summary: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details className={className} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{summary}</summary>
      {open && children}
    </details>
  );
}

export function App() {
  const { active, preview, busy, error, previewFiles, commitPreview, discardPreview, undo } =
    usePick(
      'active',
      'preview',
      'busy',
      'error',
      'previewFiles',
      'commitPreview',
      'discardPreview',
      'undo',
    );
  const { settings, applySettings, remap, mapProduct, unlockFile, cancel, notice, language } =
    usePick(
      'settings',
      'applySettings',
      'remap',
      'mapProduct',
      'unlockFile',
      'cancel',
      'notice',
      'language',
    );
  const { drill, closeDrill, how, showHow, busyDone } = usePick(
    'drill',
    'closeDrill',
    'how',
    'showHow',
    'busyDone',
  );
  const { datasets, switchDataset } = usePick('datasets', 'switchDataset');
  const input = useRef<HTMLInputElement>(null);
  const [screen, setScreen] = useState<Screen>('overzicht');

  const [about, setAbout] = useState(false);
  const exportFigures = async () => {
    const current = useApp.getState().active;
    if (current?.result.metrics) {
      // SheetJS loads with the first export, not with the app.
      const { figuresWorkbook, XLSX_TYPE } = await import('./exportFigures');
      await saveBytes(
        'kerncijfers.xlsx',
        figuresWorkbook(current.result.metrics, current.name),
        XLSX_TYPE,
      );
    }
  };
  /** The native open dialog in Electron, the file input in the browser. */
  const chooseFiles = async () => {
    const picked = await pickSpreadsheets();
    if (picked === null) input.current?.click();
    else if (picked.length > 0) await previewFiles(picked);
  };
  const commands: Record<MenuCommand, () => void> = {
    import: () => void chooseFiles(),
    export: () => void exportFigures(),
    print: () => void printPage(),
    about: () => setAbout(true),
    'how-calculated': () => showHow(''),
  };
  // The shell's menu sends the same commands as the buttons here.
  useEffect(() => window.bm?.onCommand((command) => commands[command]()));

  const readFiles = async (list: File[]) =>
    previewFiles(
      await Promise.all(
        // A folder's files are named with their path inside it (`berichten/301/1.xml`).
        list.map(async (f) => ({
          name: f.webkitRelativePath || f.name,
          bytes: new Uint8Array(await f.arrayBuffer()),
        })),
      ),
    );
  const onFiles = async (event: ChangeEvent<HTMLInputElement>) => {
    const list = Array.from(event.target.files ?? []);
    event.target.value = '';
    await readFiles(list);
  };
  // Files dropped anywhere on the window are imported like chosen ones.
  const [dragging, setDragging] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const list = Array.from(event.dataTransfer.files);
    if (list.length > 0) void readFiles(list);
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping files is a pointer shortcut; the import button does the same by keyboard
    <div
      className={dragging ? 'app dragging' : 'app'}
      lang={language}
      onDragOver={(e) => {
        if (!e.dataTransfer.types.includes('Files')) return;
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={onDrop}
    >
      {dragging && (
        <div className="drop-hint" aria-hidden="true">
          {t('Laat los om te importeren')}
        </div>
      )}
      <a className="skip-link" href="#inhoud">
        {t('Naar de cijfers')}
      </a>
      <header className="topbar">
        <h1>Begeleidingsmonitor</h1>
        {datasets.length > 0 ? (
          <select
            className="dataset"
            aria-label={t('Gegevensset')}
            data-testid="dataset-switch"
            value={active?.result.dataset?.id ?? ''}
            disabled={!!busy}
            onChange={(e) => void switchDataset(e.target.value || null)}
          >
            <option value="">{t('Voorbeelddata (niet opgeslagen)')}</option>
            {datasets.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        ) : (
          <span className="dataset">{active ? t(active.name) : t('Geen gegevens')}</span>
        )}
        <button
          type="button"
          className="secondary"
          onClick={commands.export}
          disabled={!active?.result.metrics}
        >
          {t('Exporteren…')}
        </button>
        <button type="button" className="secondary" onClick={commands.print}>
          {t('Afdrukken')}
        </button>
        <button type="button" className="secondary" onClick={commands['how-calculated']}>
          {t('Hoe berekend?')}
        </button>
        {window.bm ? (
          // In Electron the native open dialog.
          <button type="button" onClick={() => void chooseFiles()}>
            {t('Bestanden importeren…')}
          </button>
        ) : (
          <label className="button">
            {t('Bestanden importeren…')}
            <input
              ref={input}
              type="file"
              multiple
              accept=".xlsx,.xlsm,.xls,.ods,.csv,.tsv,.txt,.xml,.zip"
              data-testid="import-input"
              className="visually-hidden"
              onChange={(e) => void onFiles(e)}
            />
          </label>
        )}
        <label
          className="button secondary"
          title={t('Een map met iWmo-berichten (met submappen) importeren')}
        >
          {t('Map…')}
          <input
            type="file"
            multiple
            // A folder and everything below it (Chromium and Electron both offer it).
            {...{ webkitdirectory: '' }}
            data-testid="import-folder"
            aria-label={t('Een map met iWmo-berichten (met submappen) importeren')}
            className="visually-hidden"
            onChange={(e) => void onFiles(e)}
          />
        </label>
      </header>
      {busy && (
        <p className="status" role="status" aria-live="polite">
          <span className="spinner" aria-hidden="true" /> {t(stageText[busy])}
          {busyDone !== null && (
            <span data-testid="busy-done">
              {' '}
              {formatFigure(Math.floor(100 * busyDone), 'count')}%
            </span>
          )}{' '}
          <button type="button" className="secondary small" onClick={cancel}>
            {t('Stoppen')}
          </button>
        </p>
      )}
      {notice && !busy && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <AboutDialog open={about} onClose={() => setAbout(false)} />
      <HowCalculatedDialog term={how} onClose={() => showHow(null)} />
      <DrillDialog result={drill} onClose={closeDrill} />
      <main key={language}>
        {preview && (
          <ImportPreview
            preview={preview}
            activeDataset={active?.result.dataset ?? null}
            datasets={datasets}
            onCommit={(target) => void commitPreview(target)}
            onCancel={discardPreview}
            onRemap={(signature, column, field) => void remap(signature, column, field)}
            onMapProduct={(value, product) => void mapProduct(value, product)}
            onUnlock={unlockFile}
          />
        )}
        {active?.result.metrics && (
          <FilterBar
            options={active.result.filterOptions}
            filters={settings.filters}
            onChange={(filters) => void applySettings({ ...settings, filters })}
          />
        )}
        {active?.result.metrics && (
          <ScreenTabs screen={screen} onChange={setScreen} canCompare={!!active.result.compare} />
        )}
        {active && (
          <div id="inhoud" tabIndex={-1}>
            <ScreenView screen={screen} result={active.result} />
          </div>
        )}
        {active?.result.dataset && (
          <Batches dataset={active.result.dataset} onUndo={(id) => void undo(id)} />
        )}
        {active && (
          <LazyDetails
            className="import-details"
            summary={t('Hoe zijn de gegevens gelezen? ({files})', {
              files: active.files.join(', '),
            })}
          >
            <ImportReportView report={active.result.report} />
          </LazyDetails>
        )}
      </main>
    </div>
  );
}
