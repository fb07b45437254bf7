import { type ChangeEvent, useEffect, useRef, useState } from 'react';
import { useApp } from './state/store';
import { Compare } from './views/Compare';
import { ImportReportView } from './views/ImportReportView';
import { Overview } from './views/Overview';

const stageText = { reading: 'Bestanden lezen…', computing: 'Cijfers berekenen…' } as const;

export function App() {
  const { active, preview, busy, error, loadSample, previewFiles, commitPreview, discardPreview } =
    useApp();
  const input = useRef<HTMLInputElement>(null);
  const [screen, setScreen] = useState<'overzicht' | 'vergelijking'>('overzicht');

  useEffect(() => {
    void loadSample();
  }, [loadSample]);

  useEffect(
    () =>
      window.bm?.onCommand((command) => {
        if (command === 'import') input.current?.click();
      }),
    [],
  );

  const onFiles = async (event: ChangeEvent<HTMLInputElement>) => {
    const list = Array.from(event.target.files ?? []);
    event.target.value = '';
    await previewFiles(
      await Promise.all(
        list.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
      ),
    );
  };

  return (
    <div className="app">
      <header className="topbar">
        <h1>Begeleidingsmonitor</h1>
        <span className="dataset">{active ? active.name : 'Geen gegevens'}</span>
        <label className="button">
          Bestanden importeren…
          <input
            ref={input}
            type="file"
            multiple
            accept=".xlsx,.xls,.ods,.csv"
            data-testid="import-input"
            className="visually-hidden"
            onChange={(e) => void onFiles(e)}
          />
        </label>
      </header>
      {busy && (
        <p className="status" role="status" aria-live="polite">
          <span className="spinner" aria-hidden="true" /> {stageText[busy]}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <main>
        {preview && (
          <section className="preview" aria-labelledby="preview-titel">
            <h2 id="preview-titel">Voorbeeld van de import: {preview.name}</h2>
            <p>
              Er is nog niets opgeslagen. Controleer hoe de bestanden gelezen zijn en bevestig
              daarna.
              {!preview.result.metrics &&
                ' Er zijn geen bruikbare toewijzingen gevonden; deze import kan niet worden bevestigd.'}
            </p>
            <ImportReportView report={preview.result.report} />
            <div className="actions">
              <button
                type="button"
                data-testid="import-commit"
                disabled={!preview.result.metrics}
                onClick={commitPreview}
              >
                Importeren bevestigen
              </button>
              <button type="button" className="secondary" onClick={discardPreview}>
                Annuleren
              </button>
            </div>
          </section>
        )}
        {active?.result.metrics && (
          <nav className="tabs" aria-label="Schermen">
            <button
              type="button"
              aria-current={screen === 'overzicht' ? 'page' : undefined}
              onClick={() => setScreen('overzicht')}
            >
              Overzicht
            </button>
            <button
              type="button"
              aria-current={screen === 'vergelijking' ? 'page' : undefined}
              disabled={!active.result.compare}
              title={
                active.result.compare
                  ? undefined
                  : 'Importeer een blad met gemeente, jaar en inwoners om te vergelijken'
              }
              onClick={() => setScreen('vergelijking')}
            >
              Vergelijking
            </button>
          </nav>
        )}
        {active?.result.metrics && screen === 'overzicht' && (
          <Overview metrics={active.result.metrics} />
        )}
        {active?.result.compare && screen === 'vergelijking' && (
          <Compare data={active.result.compare} />
        )}
        {active && (
          <details className="import-details">
            <summary>Hoe zijn de gegevens gelezen? ({active.files.join(', ')})</summary>
            <ImportReportView report={active.result.report} />
          </details>
        )}
      </main>
    </div>
  );
}
