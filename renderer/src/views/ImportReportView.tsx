import { type Field, fields } from '../../../shared/import/fields';
import { fileErrorMessage, issueMessage } from '../../../shared/import/messages';
import type { ImportReport, SheetReport } from '../../../shared/import/report';
import { formatFigure } from '../format';
import { sheetKindLabels } from '../i18n/nl';

const fieldLabels: Record<string, string> = {
  client: 'cliënt',
  provider: 'aanbieder',
  providerName: 'naam aanbieder',
  providerGroup: 'groep',
  product: 'product',
  startDate: 'startdatum',
  endDate: 'einddatum',
  birthDate: 'geboortedatum',
  birthYear: 'geboortejaar',
  gender: 'geslacht',
  municipality: 'gemeente',
  reasonEnd: 'reden einde',
  referrer: 'verwijzer',
  registrationDate: 'aanmelddatum',
  period: 'periode',
  amount: 'bedrag',
  tariff: 'tarief',
  year: 'jaar',
  inhabitants: 'inwoners',
  inhabitants18: 'inwoners 18+',
  clientCount: 'cliënten',
  inflow: 'instroom',
  outflow: 'uitstroom',
  volume: 'volume',
};

type Remap = (signature: string, column: number, field: Field | null) => void;

/** Per column of a sheet, which field it is read as; changing one previews the import again. */
function MappingEditor({ sheet, onRemap }: { sheet: SheetReport; onRemap: Remap }) {
  const { headers, signature, columnIndex } = sheet;
  if (!headers || !signature) return null;
  const fieldOf = (column: number) =>
    (Object.entries(columnIndex ?? {}) as [Field, number][]).find(([, c]) => c === column)?.[0] ??
    '';
  return (
    <details className="mapping">
      <summary>
        Kolommen koppelen: {sheet.file} · {sheet.sheet}
      </summary>
      <div className="mapping-grid">
        {headers.map((header, column) =>
          header === '' ? null : (
            // biome-ignore lint/suspicious/noArrayIndexKey: the column's position is its identity in the sheet
            <label key={`${column}-${header}`}>
              <span>{header}</span>
              <select
                value={fieldOf(column)}
                data-testid={`mapping-${column}`}
                onChange={(e) =>
                  onRemap(signature, column, (e.target.value || null) as Field | null)
                }
              >
                <option value="">— niet gebruiken —</option>
                {fields.map((f) => (
                  <option key={f} value={f}>
                    {fieldLabels[f] ?? f}
                  </option>
                ))}
              </select>
            </label>
          ),
        )}
      </div>
      <p className="caption">
        Een correctie wordt onthouden voor het volgende bestand met dezelfde kolomkoppen.
      </p>
    </details>
  );
}

/** How every sheet was read, and every row that was refused, with the reason in Dutch. */
export function ImportReportView({ report, onRemap }: { report: ImportReport; onRemap?: Remap }) {
  return (
    <div className="report">
      {report.fileErrors.map((e) => (
        <p key={e.file} role="alert" className="error">
          {e.file}: {fileErrorMessage(e.code)}
        </p>
      ))}
      <table className="table">
        <caption>Zo is elk blad gelezen</caption>
        <thead>
          <tr>
            <th scope="col">Bestand · blad</th>
            <th scope="col">Herkend als</th>
            <th scope="col" className="num">
              Kopregel
            </th>
            <th scope="col">Kolommen</th>
            <th scope="col" className="num">
              Gelezen
            </th>
            <th scope="col" className="num">
              Geweigerd
            </th>
            <th scope="col" className="num">
              Dubbel
            </th>
          </tr>
        </thead>
        <tbody>
          {report.sheets.map((s) => (
            <tr key={`${s.file}/${s.sheet}`}>
              <td>
                {s.file} · {s.sheet}
              </td>
              <td>{sheetKindLabels[s.kind]}</td>
              <td className="num">{s.headerRow ?? '–'}</td>
              <td>
                {fields
                  .filter((f) => s.columns[f] !== undefined)
                  .map((f) => `${s.columns[f]} → ${fieldLabels[f] ?? f}`)
                  .join(' · ')}
                {s.unused.length > 0 && (
                  <span className="muted"> · niet gebruikt: {s.unused.join(', ')}</span>
                )}
              </td>
              <td className="num">{formatFigure(s.accepted, 'count')}</td>
              <td className="num">{formatFigure(s.rejected, 'count')}</td>
              <td className="num">{formatFigure(s.duplicates, 'count')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {onRemap &&
        report.sheets.map((s) => (
          <MappingEditor key={`${s.file}/${s.sheet}`} sheet={s} onRemap={onRemap} />
        ))}
      {report.rejected.length > 0 && (
        <table className="table" data-testid="rejected-rows">
          <caption>Geweigerde regels ({formatFigure(report.rejected.length, 'count')})</caption>
          <thead>
            <tr>
              <th scope="col">Blad</th>
              <th scope="col" className="num">
                Rij
              </th>
              <th scope="col">Kolom</th>
              <th scope="col">Waarde</th>
              <th scope="col">Reden</th>
            </tr>
          </thead>
          <tbody>
            {report.rejected.slice(0, 500).map((r) => (
              <tr key={`${r.file}/${r.sheet}/${r.row}`}>
                <td>{r.sheet}</td>
                <td className="num">{r.row}</td>
                <td>{r.column}</td>
                <td>{r.value || <span className="muted">(leeg)</span>}</td>
                <td>{issueMessage(r.code)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
