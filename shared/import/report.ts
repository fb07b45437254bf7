import type { TextEncoding } from './csv';
import type { Field } from './fields';
import type { SheetKind } from './sheetKind';

/** Why a row or a value was refused. Stable codes; texts are made per language in messages.ts. */
export type IssueCode =
  | 'missing_client'
  | 'missing_start'
  | 'bad_date'
  | 'unknown_product'
  | 'end_before_start'
  | 'bad_amount'
  | 'bad_period'
  | 'missing_period'
  | 'missing_amount'
  | 'missing_provider'
  | 'missing_product'
  | 'bad_year'
  | 'bad_number'
  | 'missing_municipality'
  | 'unknown_municipality'
  | 'unknown_figure'
  | 'bad_direction'
  | 'missing_label';

/** One refused row (or, as a warning, one refused value) as the user sees it in the spreadsheet. */
export interface RowIssue {
  file: string;
  sheet: string;
  row: number;
  column: string;
  value: string;
  code: IssueCode;
}

export type FileErrorCode =
  | 'empty'
  | 'unreadable'
  | 'password_protected'
  | 'wrong_password'
  | 'encryption_unsupported'
  | 'not_a_spreadsheet'
  | 'html_disguised'
  | 'too_large'
  | 'zip_bomb'
  | 'zip64'
  | 'too_many_sheets'
  | 'too_many_rows'
  | 'too_many_columns';

export interface FileError {
  file: string;
  code: FileErrorCode;
}

export interface SheetReport {
  file: string;
  sheet: string;
  /** A sheet hidden in the workbook. */
  hidden?: boolean;
  kind: SheetKind;
  /** Row number of the header as the user sees it; null when none was found. */
  headerRow: number | null;
  /** Field → the header of the column it was read from. */
  columns: Partial<Record<Field, string>>;
  /** Field → column index, for correcting the mapping. */
  columnIndex?: Partial<Record<Field, number>>;
  unused: string[];
  /** The header row's cells, and the signature a correction is remembered under. */
  headers?: string[];
  signature?: string;
  /** Per column, a few of its values (`Thuis BV · Zorg & Co`), shown when mapping by hand. */
  samples?: string[];
  /** Data rows below the header (empty rows not counted). */
  rows: number;
  accepted: number;
  rejected: number;
  duplicates: number;
  /** For allocation sheets: accepted allocations with an end date but no reason for ending. */
  endedWithoutReason?: number;
  /** For cost sheets: how the periods were read, and whether that was a guess. */
  periodKind?: 'month' | 'fourWeek';
  periodKindGuessed?: boolean;
}

import type { IwmoReport } from './iwmo/rebuild';

export interface ImportReport {
  fileErrors: FileError[];
  sheets: SheetReport[];
  rejected: RowIssue[];
  warnings: RowIssue[];
  /** Identical allocation rows dropped. */
  duplicates: number;
  /** Allocations replaced by a newer batch (same client, provider, product, start). */
  updated: number;
  /** Product values no rule or mapping recognised, with how often they occur. */
  unknownProducts: { value: string; count: number }[];
  encoding: Record<string, TextEncoding>;
  /** Client identifiers written as a BSN, all pseudonymised; of those, how many fail the elfproef (typos). */
  pseudonymised: { count: number; failingElfproef: number };
  /** iWmo messages among the files: per message type read, refused and repeated. */
  iwmo?: IwmoReport;
}

/** A report with nothing in it yet. */
export const emptyReport = (): ImportReport => ({
  fileErrors: [],
  sheets: [],
  rejected: [],
  warnings: [],
  duplicates: 0,
  updated: 0,
  unknownProducts: [],
  encoding: {},
  pseudonymised: { count: 0, failingElfproef: 0 },
});
