import { msg } from '../i18n/msg';
import { type Language, translate } from '../i18n/translate';
import type { IwmoRefusal } from './iwmo/messages';
import type { FileErrorCode, IssueCode } from './report';

// The words for import problems, Dutch where they are defined; translate() makes the English.

const issueTexts: Record<IssueCode, string> = {
  missing_client: msg('Cliëntnummer ontbreekt'),
  missing_start: msg('Startdatum ontbreekt'),
  bad_date: msg('Datum niet te lezen of vóór 1900'),
  unknown_product: msg('Onbekend product'),
  end_before_start: msg('Einddatum ligt vóór de startdatum'),
  bad_amount: msg('Bedrag niet te lezen'),
  bad_period: msg('Periode niet te lezen'),
  missing_period: msg('Periode ontbreekt'),
  missing_amount: msg('Bedrag ontbreekt'),
  missing_provider: msg('Aanbieder ontbreekt'),
  missing_product: msg('Product ontbreekt'),
  bad_year: msg('Jaar niet te lezen'),
  bad_number: msg('Getal niet te lezen'),
  missing_municipality: msg('Gemeente ontbreekt'),
  unknown_municipality: msg('Onbekende gemeente'),
  unknown_figure: msg(
    'Onbekend kengetal (instroom, uitstroom, cliënten, uitstroompercentage, kosten, kosten per cliënt per maand, mediane duur)',
  ),
  bad_direction: msg('Richting niet te lezen (max of min, hoogstens of minstens)'),
  missing_label: msg('Omschrijving ontbreekt'),
};

const fileTexts: Record<FileErrorCode, string> = {
  empty: msg('Het bestand is leeg.'),
  unreadable: msg('Het bestand is beschadigd of geen geldig Excel- of OpenDocument-bestand.'),
  password_protected: msg('Dit bestand is beveiligd met een wachtwoord.'),
  wrong_password: msg('Dit wachtwoord opent het bestand niet.'),
  encryption_unsupported: msg(
    'Dit bestand is beveiligd met een wachtwoord, op een manier die we niet kunnen openen (alleen .xlsx-werkmappen die in Excel met een wachtwoord zijn opgeslagen). Sla in Excel een kopie op zonder wachtwoord en importeer die.',
  ),
  not_a_spreadsheet: msg('Dit is geen spreadsheet of CSV-bestand.'),
  too_large: msg(
    'Het bestand is groter dan 500 MB en wordt niet gelezen. Exporteer een kortere periode of splits het bestand.',
  ),
  zip_bomb: msg(
    'Het bestand zou uitgepakt onredelijk groot worden (mogelijk een zip-bom) en wordt niet gelezen.',
  ),
  zip64: msg(
    'Het ZIP-bestand heeft meer dan 65.535 bestanden of is groter dan 4 GB (ZIP64) en wordt niet gelezen: splits het in kleinere ZIP-bestanden, of lees de map in met de CLI.',
  ),
  too_many_sheets: msg('Het bestand heeft meer dan 200 bladen en wordt niet gelezen.'),
  too_many_rows: msg('Een blad heeft meer dan 20 miljoen rijen; exporteer een kortere periode.'),
  too_many_columns: msg('Een blad heeft meer dan 1.000 kolommen; dit is geen registratie-export.'),
  html_disguised: msg(
    'Dit is een webpagina (HTML) met een spreadsheet-naam; sla het in Excel op als .xlsx.',
  ),
};

/** Text for a row issue in a language (Dutch unless told). */
export const issueMessage = (code: IssueCode, lang: Language = 'nl'): string =>
  translate(lang, issueTexts[code]);

/** Text for a file that could not be read, in a language (Dutch unless told). */
export const fileErrorMessage = (code: FileErrorCode, lang: Language = 'nl'): string =>
  translate(lang, fileTexts[code]);

const iwmoTexts: Record<IwmoRefusal, string> = {
  not_xml: msg('Geen geldige XML.'),
  not_iwmo: msg('XML, maar geen iWmo-bericht.'),
  iwmo_old_release: msg(
    'Een iWmo-bericht van een oudere release (2.x); alleen release 3.2 wordt gelezen. Vraag een export in iWmo 3.2 aan.',
  ),
  iwmo_other_message: msg(
    'Een ander iWmo-bericht dan 301, 305, 307 of 323 (bijvoorbeeld een retourbericht); de cijfers gebruiken het niet.',
  ),
  iwmo_incomplete: msg('Een iWmo-bericht zonder volledige kop of inhoud.'),
};

/** Why an XML file was not read as an iWmo message, in a language (Dutch unless told). */
export const iwmoRefusalMessage = (code: string, lang: Language = 'nl'): string =>
  translate(lang, iwmoTexts[code as IwmoRefusal] ?? iwmoTexts.not_iwmo);
