import { useState } from 'react';
import { type Field, fields } from '../../../shared/import/fields';
import { iwmoKinds } from '../../../shared/import/iwmo/messages';
import type { IwmoReport } from '../../../shared/import/iwmo/rebuild';
import {
  fileErrorMessage,
  issueMessage,
  iwmoRefusalMessage,
} from '../../../shared/import/messages';
import type { ImportReport, SheetReport } from '../../../shared/import/report';
import { formatFigure } from '../format';
import { currentLanguage, msg, t } from '../i18n/i18n';
import { sheetKindLabels } from '../i18n/labels';

const fieldLabels: Record<Field, string> = {
  client: msg('cliënt'),
  provider: msg('aanbieder'),
  providerName: msg('naam aanbieder'),
  providerGroup: msg('groep'),
  product: msg('product'),
  startDate: msg('startdatum'),
  endDate: msg('einddatum'),
  birthDate: msg('geboortedatum'),
  birthYear: msg('geboortejaar'),
  gender: msg('geslacht'),
  municipality: msg('gemeente'),
  reasonEnd: msg('reden einde'),
  referrer: msg('verwijzer'),
  registrationDate: msg('aanmelddatum'),
  period: msg('periode'),
  amount: msg('bedrag'),
  tariff: msg('tarief'),
  year: msg('jaar'),
  inhabitants: msg('inwoners'),
  inhabitants18: msg('inwoners 18+'),
  urbanity: msg('stedelijkheid'),
  clientCount: msg('cliënten'),
  inflow: msg('instroom'),
  outflow: msg('uitstroom'),
  volume: msg('volume'),
  budget: msg('begroting'),
  ceiling: msg('plafond'),
  figure: msg('kengetal'),
  targetValue: msg('streefwaarde'),
  direction: msg('richting'),
  from: msg('vanaf'),
  deadline: msg('uiterlijk'),
  measure: msg('maatregel'),
  measureDate: msg('datum'),
};

type Remap = (signature: string, column: number, field: Field | null) => void;

/** Per column of a sheet, which field it is read as; changing one previews the import again. */
function MappingEditor({ sheet, onRemap }: { sheet: SheetReport; onRemap: Remap }) {
  const { headers, signature, columnIndex, samples } = sheet;
  const unread = sheet.kind === 'unknown' && sheet.rows > 0;
  // A sheet that was not recognised opens at once, and stays open while it is being mapped.
  const [open] = useState(unread);
  if (!headers || !signature) return null;
  const fieldOf = (column: number) =>
    (Object.entries(columnIndex ?? {}) as [Field, number][]).find(([, c]) => c === column)?.[0] ??
    '';
  return (
    <details className="mapping" open={open}>
      <summary>
        {t('Kolommen koppelen: {file} · {sheet}', { file: sheet.file, sheet: sheet.sheet })}
        {unread && ` (${t('niet herkend')})`}
      </summary>
      <div className="mapping-grid">
        {headers.map((header, column) =>
          header === '' ? null : (
            // biome-ignore lint/suspicious/noArrayIndexKey: the column's position is its identity in the sheet
            <label key={`${column}-${header}`}>
              <span>{header}</span>
              {samples?.[column] && <small className="muted">{samples[column]}</small>}
              <select
                value={fieldOf(column)}
                data-testid={`mapping-${column}`}
                onChange={(e) =>
                  onRemap(signature, column, (e.target.value || null) as Field | null)
                }
              >
                <option value="">{t('— niet gebruiken —')}</option>
                {fields.map((f) => (
                  <option key={f} value={f}>
                    {t(fieldLabels[f] ?? f)}
                  </option>
                ))}
              </select>
            </label>
          ),
        )}
      </div>
      <p className="caption">
        {t('Een correctie wordt onthouden voor het volgende bestand met dezelfde kolomkoppen.')}
      </p>
    </details>
  );
}

/** The count columns both report tables end with: read, refused, repeated. */
function CountHeads() {
  return (
    <>
      <th scope="col" className="num">
        {t('Gelezen')}
      </th>
      <th scope="col" className="num">
        {t('Geweigerd')}
      </th>
      <th scope="col" className="num">
        {t('Dubbel')}
      </th>
    </>
  );
}

/** What was read from iWmo messages: per message type, and every file that was not read. */
function IwmoSection({ iwmo }: { iwmo: IwmoReport }) {
  return (
    <>
      <table className="table" data-testid="iwmo-report">
        <caption>{t('iWmo-berichten')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('Bericht')}</th>
            <CountHeads />
          </tr>
        </thead>
        <tbody>
          {iwmoKinds.map((k) => (
            <tr key={k} data-kind={k}>
              <th scope="row">{k.toUpperCase()}</th>
              <td className="num">{formatFigure(iwmo.byKind[k].read, 'count')}</td>
              <td className="num">{formatFigure(iwmo.byKind[k].refused, 'count')}</td>
              <td className="num">{formatFigure(iwmo.byKind[k].duplicates, 'count')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        {t(
          '{changed} toewijzingen gewijzigd door een latere versie, {deleted} verwijderd (reden 13).',
          {
            changed: formatFigure(iwmo.changed, 'count'),
            deleted: formatFigure(iwmo.deleted, 'count'),
          },
        )}
      </p>
      {iwmo.refused.length > 0 && (
        <table className="table" data-testid="iwmo-refused">
          <caption>{t('Niet gelezen')}</caption>
          <tbody>
            {iwmo.refused.slice(0, 500).map((r) => (
              <tr key={r.file}>
                <td>{r.file}</td>
                <td>{iwmoRefusalMessage(r.reason, currentLanguage())}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** How every sheet was read, and every row that was refused, with the reason in Dutch. */
export function ImportReportView({ report, onRemap }: { report: ImportReport; onRemap?: Remap }) {
  return (
    <div className="report">
      {report.fileErrors.map((e) => (
        <p key={e.file} role="alert" className="error">
          {e.file}: {fileErrorMessage(e.code, currentLanguage())}
        </p>
      ))}
      {report.pseudonymised.count > 0 && (
        <p data-testid="pseudonymised">
          {t(
            '{count} cliëntnummers hebben de vorm van een BSN en zijn vervangen door een pseudoniem; het nummer zelf is niet bewaard.',
            { count: formatFigure(report.pseudonymised.count, 'count') },
          )}
          {report.pseudonymised.failingElfproef > 0 &&
            ` ${t('Daarvan komen er {n} niet door de elfproef (waarschijnlijk een tikfout); ook die zijn vervangen.', { n: formatFigure(report.pseudonymised.failingElfproef, 'count') })}`}
        </p>
      )}
      {report.iwmo && <IwmoSection iwmo={report.iwmo} />}
      <table className="table">
        <caption>{t('Zo is elk blad gelezen')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('Bestand · blad')}</th>
            <th scope="col">{t('Herkend als')}</th>
            <th scope="col" className="num">
              {t('Kopregel')}
            </th>
            <th scope="col">{t('Kolommen')}</th>
            <CountHeads />
          </tr>
        </thead>
        <tbody>
          {report.sheets.map((s) => (
            <tr key={`${s.file}/${s.sheet}`}>
              <td>
                {s.file} · {s.sheet}
                {s.hidden ? ` (${t('verborgen blad')})` : ''}
              </td>
              <td>{t(sheetKindLabels[s.kind])}</td>
              <td className="num">{s.headerRow ?? '–'}</td>
              <td>
                {fields
                  .filter((f) => s.columns[f] !== undefined)
                  .map((f) => `${s.columns[f]} → ${t(fieldLabels[f] ?? f)}`)
                  .join(' · ')}
                {s.unused.length > 0 && (
                  <span className="muted">
                    {' · '}
                    {t('niet gebruikt: {columns}', { columns: s.unused.join(', ') })}
                  </span>
                )}
                {s.endedWithoutReason !== undefined && s.endedWithoutReason > 0 && (
                  <span className="muted" data-testid="ended-without-reason">
                    {' · '}
                    {t(
                      'beëindigde toewijzingen zonder reden einde: {n} (in de uitstroom naar reden: onbekend)',
                      {
                        n: formatFigure(s.endedWithoutReason, 'count'),
                      },
                    )}
                  </span>
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
          <caption>
            {t('Geweigerde regels ({n})', { n: formatFigure(report.rejected.length, 'count') })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('Blad')}</th>
              <th scope="col" className="num">
                Rij
              </th>
              <th scope="col">{t('Kolom')}</th>
              <th scope="col">{t('Waarde')}</th>
              <th scope="col">{t('Reden')}</th>
            </tr>
          </thead>
          <tbody>
            {report.rejected.slice(0, 500).map((r) => (
              <tr key={`${r.file}/${r.sheet}/${r.row}`}>
                <td>{r.sheet}</td>
                <td className="num">{r.row}</td>
                <td>{r.column}</td>
                <td>{r.value || <span className="muted">{t('(leeg)')}</span>}</td>
                <td>{issueMessage(r.code, currentLanguage())}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
