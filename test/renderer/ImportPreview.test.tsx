// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Shown } from '../../renderer/src/state/store';
import { ImportPreview } from '../../renderer/src/views/ImportPreview';
import type { Analysis, BatchInfo } from '../../renderer/src/worker/protocol';
import type { ImportReport } from '../../shared/import/report';
import { buildDataset } from '../../shared/metrics/dataset';
import { MetricsEngine } from '../../shared/metrics/engine';
import { importFixtures } from '../helpers';

afterEach(cleanup);

/** A preview as the worker sends it, from the real import of fixture files. */
async function previewOf(names: string[], knownBatch: BatchInfo | null = null): Promise<Shown> {
  const { records, report } = await importFixtures(names);
  const result: Analysis = {
    report,
    metrics:
      records.allocations.length > 0
        ? new MetricsEngine(buildDataset(records)).figures({ rejectedRows: report.rejected.length })
        : null,
    compare: null,
    steering: null,
    allocations: records.allocations.length,
    dataset: null,
    knownBatch,
    filterOptions: {
      municipalities: [],
      providerGroups: [],
      products: [],
      ageBands: [],
      providers: [],
    },
    importedTariffs: records.tariffs,
    hasCostLines: records.costLines.length > 0,
    peildatum: null,
  };
  return { name: names.join(', '), files: names, result };
}

const dordrecht = { id: 'd1', name: 'Dordrecht 2024' };

function renderPreview(preview: Shown, activeDataset: typeof dordrecht | null = null) {
  const handlers = {
    onCommit: vi.fn(),
    onCancel: vi.fn(),
    onRemap: vi.fn(),
    onMapProduct: vi.fn(),
    onUnlock: vi.fn(),
  };
  const datasets = [dordrecht, { id: 'd2', name: 'Zwijndrecht' }];
  render(
    <ImportPreview
      preview={preview}
      activeDataset={activeDataset}
      datasets={datasets}
      {...handlers}
    />,
  );
  return handlers;
}

describe('het importvoorbeeld', () => {
  it('toont per blad hoe het gelezen is en elke geweigerde regel met Excel-rijnummer en Nederlandse reden', async () => {
    renderPreview(await previewOf(['mini.xlsx']));
    expect(
      screen.getByRole('heading', { name: 'Voorbeeld van de import: mini.xlsx' }),
    ).toBeTruthy();
    const sheets = screen.getByRole('table', { name: 'Zo is elk blad gelezen' });
    const kinds = within(sheets)
      .getAllByRole('row')
      .slice(1)
      .map((r) => (r.querySelectorAll('td')[1] as HTMLElement).textContent);
    expect(kinds).toEqual(['Toewijzingen', 'Cliënten', 'Aanbieders', 'Kosten']);
    const rejected = screen.getByRole('table', { name: 'Geweigerde regels (2)' });
    const rows = within(rejected)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent));
    expect(rows.map((r) => [r[1], r[4]])).toEqual([
      ['14', 'Einddatum ligt vóór de startdatum'],
      ['15', 'Onbekend product'],
    ]);
  });

  it('bevestigen in de voorgestelde gegevensset (zelfde gemeente), een andere of een nieuwe, of annuleren', async () => {
    const preview = await previewOf(['mini.xlsx']);
    preview.result.suggestedTarget = { datasetId: 'd1', name: 'Dordrecht en Zwijndrecht' };
    const h = renderPreview(preview, dordrecht);
    const into = screen.getByRole('combobox', { name: 'Opslaan in' }) as HTMLSelectElement;
    expect(into.value).toBe('d1');
    expect(screen.getByText('“Dordrecht 2024” heeft gegevens van dezelfde gemeente.')).toBeTruthy();
    fireEvent.click(screen.getByTestId('import-commit'));
    expect(h.onCommit).toHaveBeenLastCalledWith({ datasetId: 'd1' });
    fireEvent.change(into, { target: { value: 'd2' } });
    fireEvent.click(screen.getByTestId('import-commit'));
    expect(h.onCommit).toHaveBeenLastCalledWith({ datasetId: 'd2' });
    // A new one is named after its municipalities, and can be named otherwise.
    fireEvent.change(into, { target: { value: '' } });
    const name = screen.getByRole('textbox', { name: 'Naam' }) as HTMLInputElement;
    expect(name.value).toBe('Dordrecht en Zwijndrecht');
    fireEvent.click(screen.getByTestId('import-commit'));
    expect(h.onCommit).toHaveBeenLastCalledWith({ name: 'Dordrecht en Zwijndrecht' });
    fireEvent.change(name, { target: { value: 'Mini 2019' } });
    fireEvent.click(screen.getByTestId('import-commit'));
    expect(h.onCommit).toHaveBeenLastCalledWith({ name: 'Mini 2019' });
    fireEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(h.onCancel).toHaveBeenCalledOnce();
  });

  it('een eerder geïmporteerd bestand biedt vervangen aan', async () => {
    const known: BatchInfo = {
      id: 'b1',
      files: ['mini.xlsx'],
      importedAt: '2026-11-02T09:30:00.000Z',
      allocations: 12,
      rejectedRows: 2,
    };
    const preview = await previewOf(['mini.xlsx'], known);
    preview.result.suggestedTarget = { datasetId: 'd1', name: 'Dordrecht' };
    renderPreview(preview, dordrecht);
    expect(screen.getByRole('status').textContent).toContain('al eerder geïmporteerd');
    expect(screen.getByRole('button', { name: 'Vervangen in “Dordrecht 2024”' })).toBeTruthy();
  });

  it('zonder bruikbare toewijzingen kan niet worden bevestigd', async () => {
    const preview = await previewOf(['vergelijking-inwoners.csv']);
    renderPreview(preview);
    expect((screen.getByTestId('import-commit') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText(/geen bruikbare toewijzingen/)).toBeTruthy();
  });
});

describe('kolommen en producten koppelen', () => {
  it('een niet herkende kolom koppelt de gebruiker aan een veld', async () => {
    const preview = await previewOf(['onbekende-kolom.csv']);
    const sheet = preview.result.report.sheets[0] as ImportReport['sheets'][number];
    const h = renderPreview(preview);
    const begin = sheet.headers?.indexOf('Begin traject') as number;
    const select = screen.getByTestId(`mapping-${begin}`) as HTMLSelectElement;
    expect(select.value).toBe('');
    // Recognised columns show their field.
    expect((screen.getByTestId('mapping-1') as HTMLSelectElement).value).toBe('product');
    fireEvent.change(select, { target: { value: 'startDate' } });
    expect(h.onRemap).toHaveBeenCalledWith(sheet.signature, begin, 'startDate');
    fireEvent.change(screen.getByTestId('mapping-1'), { target: { value: '' } });
    expect(h.onRemap).toHaveBeenLastCalledWith(sheet.signature, 1, null);
  });

  it('een onbekende productcode wordt een IB-product of een ander Wmo-product', async () => {
    const preview = await previewOf(['mini.xlsx']);
    const unknown = preview.result.report.unknownProducts[0]?.value as string;
    expect(unknown).toBeTruthy();
    const h = renderPreview(preview);
    const select = screen.getByTestId(`product-${unknown}`);
    const options = [...select.querySelectorAll('option')].map((o) => o.textContent);
    expect(options).toEqual([
      '— kiezen —',
      'IB0',
      'IB1',
      'IB2',
      'IB3',
      'Ander Wmo-product (geen IB)',
    ]);
    fireEvent.change(select, { target: { value: 'IB1' } });
    expect(h.onMapProduct).toHaveBeenLastCalledWith(unknown, 'IB1');
    fireEvent.change(select, { target: { value: `other:${unknown}` } });
    expect(h.onMapProduct).toHaveBeenLastCalledWith(unknown, `other:${unknown}`);
  });
});
