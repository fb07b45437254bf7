import type { FileErrorCode, IssueCode } from './report';

export type Language = 'nl' | 'en';

const issueTexts: Record<IssueCode, Record<Language, string>> = {
  missing_client: { nl: 'Cliëntnummer ontbreekt', en: 'Client number missing' },
  missing_start: { nl: 'Startdatum ontbreekt', en: 'Start date missing' },
  bad_date: { nl: 'Datum niet te lezen of vóór 1900', en: 'Date unreadable or before 1900' },
  unknown_product: { nl: 'Onbekend product', en: 'Unknown product' },
  end_before_start: { nl: 'Einddatum ligt vóór de startdatum', en: 'End date before start date' },
  bad_amount: { nl: 'Bedrag niet te lezen', en: 'Amount unreadable' },
  bad_period: { nl: 'Periode niet te lezen', en: 'Period unreadable' },
  missing_period: { nl: 'Periode ontbreekt', en: 'Period missing' },
  missing_amount: { nl: 'Bedrag ontbreekt', en: 'Amount missing' },
  missing_provider: { nl: 'Aanbieder ontbreekt', en: 'Provider missing' },
  missing_product: { nl: 'Product ontbreekt', en: 'Product missing' },
  bad_year: { nl: 'Jaar niet te lezen', en: 'Year unreadable' },
  bad_number: { nl: 'Getal niet te lezen', en: 'Number unreadable' },
  missing_municipality: { nl: 'Gemeente ontbreekt', en: 'Municipality missing' },
  unknown_municipality: { nl: 'Onbekende gemeente', en: 'Unknown municipality' },
};

const fileTexts: Record<FileErrorCode, Record<Language, string>> = {
  empty: { nl: 'Het bestand is leeg.', en: 'The file is empty.' },
  unreadable: {
    nl: 'Het bestand is beschadigd of geen geldig Excel- of OpenDocument-bestand.',
    en: 'The file is damaged or not a valid Excel or OpenDocument file.',
  },
  not_a_spreadsheet: {
    nl: 'Dit is geen spreadsheet of CSV-bestand.',
    en: 'This is not a spreadsheet or CSV file.',
  },
  too_large: {
    nl: 'Het bestand is groter dan 500 MB en wordt niet gelezen. Exporteer een kortere periode of splits het bestand.',
    en: 'The file is larger than 500 MB and is not read. Export a shorter period or split the file.',
  },
  zip_bomb: {
    nl: 'Het bestand zou uitgepakt onredelijk groot worden (mogelijk een zip-bom) en wordt niet gelezen.',
    en: 'The file would unpack to an unreasonable size (possibly a zip bomb) and is not read.',
  },
  too_many_sheets: {
    nl: 'Het bestand heeft meer dan 200 bladen en wordt niet gelezen.',
    en: 'The file has more than 200 sheets and is not read.',
  },
  too_many_rows: {
    nl: 'Een blad heeft meer dan 5 miljoen rijen; exporteer een kortere periode.',
    en: 'A sheet has more than 5 million rows; export a shorter period.',
  },
  too_many_columns: {
    nl: 'Een blad heeft meer dan 1.000 kolommen; dit is geen registratie-export.',
    en: 'A sheet has more than 1,000 columns; this is not a registration export.',
  },
  html_disguised: {
    nl: 'Dit is een webpagina (HTML) met een spreadsheet-naam; sla het in Excel op als .xlsx.',
    en: 'This is a web page (HTML) named like a spreadsheet; save it as .xlsx in Excel.',
  },
};

/** Text for a row issue in the user's language. */
export const issueMessage = (code: IssueCode, lang: Language = 'nl'): string =>
  issueTexts[code][lang];

/** Text for a file that could not be read, in the user's language. */
export const fileErrorMessage = (code: FileErrorCode, lang: Language = 'nl'): string =>
  fileTexts[code][lang];
