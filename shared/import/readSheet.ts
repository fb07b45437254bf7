import type { Cents, DayNumber } from '../brand';
import { parseGender } from '../model/gender';
import { parseMunicipality } from '../model/municipalities';
import { type ProductCode, parseIbProduct } from '../model/products';
import { parseProviderGroup } from '../model/providerGroups';
import { parseEndReason } from '../model/reasons';
import { emptyRecords, type Records } from '../model/records';
import { yearMonthOf } from '../periods/days';
import { withoutBsn } from '../privacy/bsn';
import type { Field } from './fields';
import { type Cell, cellText, type Grid, isEmptyCell } from './grid';
import type { HeaderRow } from './headerRow';
import type { IssueCode, RowIssue, SheetReport } from './report';
import type { SheetKind } from './sheetKind';
import { isOpenEnd, parseDate } from './values/dates';
import { parseNumber, parseWholeNumber, toCents } from './values/numbers';
import { parsePeriod, periodDays } from './values/periods';
import { parseDirection, parsePeriodKind, parseTargetFigure } from './values/steering';

/** A birth date kept as year and month only: the day is dropped as it is read. */
const bornIn = (day: DayNumber | null) => (day === null ? null : yearMonthOf(day));

export interface SheetOptions {
  /** Product values the user mapped (`XYZ` → `IB1` or `other:XYZ`), keyed by the value as written. */
  productMap?: Readonly<Record<string, ProductCode>>;
  /** How to read `yyyy/nn` periods when a sheet does not tell. */
  periodKind?: 'month' | 'fourWeek';
}

export interface SheetResult {
  records: Records;
  report: SheetReport;
  rejected: RowIssue[];
  warnings: RowIssue[];
  unknownProducts: Map<string, number>;
}

class RowReader {
  constructor(
    private readonly grid: Grid,
    private readonly header: HeaderRow,
    /** `header.columns` as a map: a record read with a different field name each call is megamorphic. */
    private readonly columns: ReadonlyMap<Field, number>,
    readonly rowIndex: number,
    private readonly row: readonly Cell[],
    private readonly onIssue: (issue: RowIssue, rejects: boolean) => void,
  ) {}

  has(field: Field): boolean {
    return this.columns.has(field);
  }

  cell(field: Field): Cell {
    const col = this.columns.get(field);
    return col === undefined ? null : (this.row[col] ?? null);
  }

  text(field: Field): string {
    return cellText(this.cell(field));
  }

  /** Optional text: `null` when the column is absent or the cell empty. */
  optional(field: Field): string | null {
    const t = this.text(field);
    return t === '' ? null : t;
  }

  issue(field: Field, code: IssueCode, rejects: boolean): void {
    const col = this.columns.get(field);
    this.onIssue(
      {
        file: this.grid.file,
        sheet: this.grid.sheet,
        row: this.grid.firstRow + this.rowIndex,
        column: col === undefined ? '' : (this.header.headers[col] ?? ''),
        value: withoutBsn(this.text(field)),
        code,
      },
      rejects,
    );
  }

  /** A cell as a date, in the workbook's date system. */
  date(cell: Cell) {
    return parseDate(cell, this.grid.date1904);
  }

  /** A cell as a period (a cost line's month or four weeks), in the workbook's date system. */
  period(cell: Cell) {
    return parsePeriod(cell, this.grid.date1904);
  }

  /** A date that, when present but unreadable, is dropped with a warning. */
  optionalDate(field: Field): DayNumber | null {
    if (isEmptyCell(this.cell(field))) return null;
    const d = this.date(this.cell(field));
    if (d.ok) return d.day;
    this.issue(field, 'bad_date', false);
    return null;
  }

  municipality(): string | null {
    const cell = this.cell('municipality');
    if (isEmptyCell(cell)) return null;
    const code = parseMunicipality(typeof cell === 'number' ? cell : cellText(cell));
    if (!code) this.issue('municipality', 'unknown_municipality', false);
    return code;
  }

  year(): number | null {
    const cell = this.has('year') ? this.cell('year') : this.cell('period');
    const n = parseWholeNumber(cell);
    if (n !== null && n >= 1900 && n < 2100) return n;
    // StatLine writes years as `2024JJ00`.
    const m = /^(\d{4})(?:JJ00)?$/i.exec(cellText(cell));
    return m ? Number(m[1]) : null;
  }
}

/** Reads the rows of one recognised sheet into records, collecting every refusal. */
export function readSheet(
  grid: Grid,
  header: HeaderRow,
  kind: SheetKind,
  options: SheetOptions,
): SheetResult {
  const records = emptyRecords();
  const rejected: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const unknownProducts = new Map<string, number>();
  const columns: Partial<Record<Field, string>> = {};
  for (const [field, col] of Object.entries(header.columns) as [Field, number][]) {
    columns[field] = header.headers[col] ?? '';
  }
  const report: SheetReport = {
    file: grid.file,
    sheet: grid.sheet,
    ...(grid.hidden ? { hidden: true } : {}),
    kind,
    headerRow: grid.firstRow + header.index,
    columns,
    unused: header.unused,
    rows: 0,
    accepted: 0,
    rejected: 0,
    duplicates: 0,
  };

  let rowRejected = false;
  const onIssue = (issue: RowIssue, rejects: boolean) => {
    if (rejects) {
      if (!rowRejected) rejected.push(issue);
      rowRejected = true;
    } else {
      warnings.push(issue);
    }
  };

  const product = (r: RowReader, required: boolean): ProductCode | null | undefined => {
    const raw = r.text('product');
    if (raw === '') {
      if (required) r.issue('product', 'unknown_product', true);
      return null;
    }
    const mapped = options.productMap?.[raw] ?? productOf(raw);
    if (mapped) return mapped;
    unknownProducts.set(raw, (unknownProducts.get(raw) ?? 0) + 1);
    r.issue('product', 'unknown_product', true);
    return undefined;
  };

  // Exports repeat a few products and a few thousand dates: read each distinct text once.
  const products = new Map<string, ProductCode | null>();
  const productOf = (raw: string) => {
    let p = products.get(raw);
    if (p === undefined) {
      p = parseIbProduct(raw);
      products.set(raw, p);
    }
    return p;
  };

  const periodReads: {
    kind: 'month' | 'fourWeek' | 'monthOrFourWeek';
    year: number;
    index: number;
  }[] = [];
  const pendingCosts: {
    line: Omit<Records['costLines'][number], 'periodKind' | 'periodStart' | 'periodEnd'>;
    period: number;
  }[] = [];

  const columnOf = new Map(Object.entries(header.columns) as [Field, number][]);
  for (let i = header.index + 1; i < grid.rows.length; i++) {
    const row = grid.rows[i] ?? [];
    if (row.every(isEmptyCell)) continue;
    report.rows++;
    rowRejected = false;
    const r = new RowReader(grid, header, columnOf, i, row, onIssue);
    switch (kind) {
      case 'allocations':
        readAllocation(r);
        break;
      case 'clients':
        readClient(r);
        break;
      case 'providers':
        readProvider(r);
        break;
      case 'costs':
        readCost(r);
        break;
      case 'tariffs':
        readTariff(r);
        break;
      case 'population':
        readPopulation(r);
        break;
      case 'reference':
        readReference(r);
        break;
      case 'budgets':
        readBudget(r);
        break;
      case 'ceilings':
        readCeiling(r);
        break;
      case 'targets':
        readTarget(r);
        break;
      case 'measures':
        readMeasure(r);
        break;
      case 'unknown':
        break;
    }
    if (rowRejected) report.rejected++;
    else report.accepted++;
  }

  if (kind === 'costs') resolveCostPeriods();
  return { records, report, rejected, warnings, unknownProducts };

  function readAllocation(r: RowReader) {
    const client = r.text('client');
    if (client === '') r.issue('client', 'missing_client', true);
    const startCell = r.cell('startDate');
    let start: DayNumber | null = null;
    if (isEmptyCell(startCell)) r.issue('startDate', 'missing_start', true);
    else {
      const d = r.date(startCell);
      if (d.ok) start = d.day;
      else r.issue('startDate', 'bad_date', true);
    }
    const prod = product(r, true);
    let end = r.optionalDate('endDate');
    if (end !== null && isOpenEnd(end)) end = null;
    if (start !== null && end !== null && end < start) r.issue('endDate', 'end_before_start', true);
    if (rowRejected || start === null || !prod) return;
    const provider = r.optional('provider') ?? r.optional('providerName');
    const reason = r.optional('reasonEnd');
    const volume = r.has('volume') ? parseNumber(r.cell('volume')) : null;
    records.allocations.push({
      client,
      provider,
      product: prod,
      start,
      end,
      municipality: r.municipality(),
      reasonEnd: reason === null ? null : parseEndReason(reason),
      referrer: r.optional('referrer'),
      registration: r.optionalDate('registrationDate'),
      volume,
    });
    // Said in the import report: outflow by reason counts these as `onbekend`.
    if (end !== null && reason === null)
      report.endedWithoutReason = (report.endedWithoutReason ?? 0) + 1;
    // Flat exports carry client and provider attributes on every allocation row.
    if (r.has('birthDate') || r.has('birthYear') || r.has('gender')) readClient(r, false);
    if (
      provider !== null &&
      (r.has('providerGroup') || (r.has('providerName') && r.has('provider')))
    ) {
      records.providers.push({
        provider,
        name: r.optional('providerName'),
        group: parseProviderGroup(r.optional('providerGroup')),
      });
    }
  }

  function readClient(r: RowReader, withMunicipality = true) {
    const client = r.text('client');
    if (client === '') {
      r.issue('client', 'missing_client', true);
      return;
    }
    const birthYearCell = r.cell('birthYear');
    let birthYear: number | null = null;
    if (!isEmptyCell(birthYearCell)) {
      const y = parseWholeNumber(birthYearCell);
      if (y !== null && y >= 1880 && y < 2100) birthYear = y;
      else r.issue('birthYear', 'bad_year', false);
    }
    const gender = r.optional('gender');
    records.clients.push({
      client,
      birthMonth: bornIn(r.optionalDate('birthDate')),
      birthYear,
      gender: gender === null ? null : parseGender(gender),
      municipality: withMunicipality ? r.municipality() : null,
    });
  }

  function readProvider(r: RowReader) {
    const provider = r.text('provider');
    if (provider === '') {
      r.issue('provider', 'missing_provider', true);
      return;
    }
    records.providers.push({
      provider,
      name: r.optional('providerName'),
      group: parseProviderGroup(r.optional('providerGroup')),
    });
  }

  function readCost(r: RowReader) {
    const client = r.text('client');
    if (client === '') r.issue('client', 'missing_client', true);
    const periodCell = r.cell('period');
    let period = -1;
    if (isEmptyCell(periodCell)) r.issue('period', 'missing_period', true);
    else {
      const p = r.period(periodCell);
      if (p.ok) {
        period = periodReads.length;
        periodReads.push(p);
      } else r.issue('period', 'bad_period', true);
    }
    const amountCell = r.cell('amount');
    let amount: Cents | null = null;
    if (isEmptyCell(amountCell)) r.issue('amount', 'missing_amount', true);
    else {
      const n = parseNumber(amountCell);
      if (n === null) r.issue('amount', 'bad_amount', true);
      else amount = toCents(n);
    }
    const prod = r.has('product') ? product(r, false) : null;
    if (rowRejected || amount === null || period < 0 || prod === undefined) return;
    pendingCosts.push({
      line: { client, provider: r.optional('provider'), product: prod, amount },
      period,
    });
  }

  function resolveCostPeriods() {
    const explicitFourWeek = periodReads.some((p) => p.kind === 'fourWeek');
    const ambiguous = periodReads.some((p) => p.kind === 'monthOrFourWeek');
    const sheetKind = explicitFourWeek ? 'fourWeek' : (options.periodKind ?? 'month');
    report.periodKind = sheetKind;
    if (ambiguous && !explicitFourWeek && !options.periodKind) report.periodKindGuessed = true;
    for (const { line, period } of pendingCosts) {
      const p = periodReads[period];
      if (!p) continue;
      const kindOfLine = p.kind === 'monthOrFourWeek' ? sheetKind : p.kind;
      const { start, end } = periodDays(kindOfLine, p.year, p.index);
      records.costLines.push({
        ...line,
        periodKind: kindOfLine,
        periodStart: start,
        periodEnd: end,
      });
    }
  }

  function readTariff(r: RowReader) {
    const prod = product(r, true);
    const year = r.year();
    if (year === null) r.issue('year', 'bad_year', true);
    const amountField: Field = r.has('tariff') ? 'tariff' : 'amount';
    const n = parseNumber(r.cell(amountField));
    if (n === null) r.issue(amountField, 'bad_amount', true);
    if (rowRejected || !prod || year === null || n === null) return;
    records.tariffs.push({ product: prod, year, perMonth: toCents(n) });
  }

  function readPopulation(r: RowReader) {
    const municipality = r.municipality();
    if (!municipality) r.issue('municipality', 'missing_municipality', true);
    const year = r.year();
    if (year === null) r.issue('year', 'bad_year', true);
    const inhabitants = parseWholeNumber(r.cell('inhabitants'));
    if (inhabitants === null) r.issue('inhabitants', 'bad_number', true);
    if (rowRejected || !municipality || year === null || inhabitants === null) return;
    records.population.push({
      municipality,
      year,
      inhabitants,
      inhabitants18: r.has('inhabitants18') ? parseWholeNumber(r.cell('inhabitants18')) : null,
    });
  }

  /** A stedelijkheid of 1 to 5 (also "3 (matig stedelijk)"); anything else is unknown, not an error. */
  function urbanityOf(text: string | null): number | null {
    const n = text === null ? null : parseWholeNumber(text.trim().slice(0, 1));
    return n !== null && n >= 1 && n <= 5 ? n : null;
  }

  function readReference(r: RowReader) {
    const municipality = r.municipality();
    if (!municipality) r.issue('municipality', 'missing_municipality', true);
    const year = r.year();
    if (year === null) r.issue('year', 'bad_year', true);
    if (rowRejected || !municipality || year === null) return;
    // Suppressed cells (`.`) stay missing, never zero.
    const count = (f: Field) => (r.has(f) ? parseWholeNumber(r.cell(f)) : null);
    const cost = r.has('amount') ? parseNumber(r.cell('amount')) : null;
    records.references.push({
      municipality,
      year,
      inhabitants: count('inhabitants'),
      clients: count('clientCount'),
      inflow: count('inflow'),
      outflow: count('outflow'),
      cost: cost === null ? null : toCents(cost),
      ...(r.has('urbanity') ? { urbanity: urbanityOf(r.optional('urbanity')) } : {}),
      source: grid.file.startsWith(grid.sheet) ? grid.file : `${grid.file} · ${grid.sheet}`,
    });
  }

  /** The optional IB product and provider group a steering row is for. */
  function scope(r: RowReader) {
    const productText = r.optional('product');
    const product = productText === null ? null : parseIbProduct(productText);
    if (productText !== null && product === null) r.issue('product', 'unknown_product', true);
    const groupText = r.optional('providerGroup');
    return { product, group: groupText === null ? null : parseProviderGroup(groupText) };
  }

  function readBudget(r: RowReader) {
    const year = r.year();
    if (year === null) r.issue('year', 'bad_year', true);
    const amount = parseNumber(r.cell('budget'));
    if (amount === null) r.issue('budget', 'bad_amount', true);
    const { product, group } = scope(r);
    if (rowRejected || year === null || amount === null) return;
    records.budgets.push({ year, amount: toCents(amount), product, group });
  }

  function readCeiling(r: RowReader) {
    const provider = r.text('provider');
    if (provider === '') r.issue('provider', 'missing_provider', true);
    const year = r.year();
    if (year === null) r.issue('year', 'bad_year', true);
    const amount = parseNumber(r.cell('ceiling'));
    if (amount === null) r.issue('ceiling', 'bad_amount', true);
    if (rowRejected || year === null || amount === null) return;
    records.ceilings.push({ provider, year, amount: toCents(amount) });
  }

  function readTarget(r: RowReader) {
    const figure = parseTargetFigure(r.text('figure'));
    if (figure === null) r.issue('figure', 'unknown_figure', true);
    const periodText = r.optional('period');
    const periodKind = periodText === null ? 'month' : parsePeriodKind(periodText);
    if (periodKind === null) r.issue('period', 'bad_period', true);
    const value = parseNumber(r.cell('targetValue'));
    if (value === null) r.issue('targetValue', 'bad_number', true);
    const directionText = r.optional('direction');
    const direction = directionText === null ? 'max' : parseDirection(directionText);
    if (direction === null) r.issue('direction', 'bad_direction', true);
    const { product, group } = scope(r);
    const municipality = r.municipality();
    const from = r.optionalDate('from');
    const deadline = r.optionalDate('deadline');
    if (rowRejected || !figure || !periodKind || value === null || !direction) return;
    records.targets.push({
      figure,
      periodKind,
      value,
      direction,
      product,
      group,
      municipality,
      from,
      deadline,
    });
  }

  function readMeasure(r: RowReader) {
    const field: Field = r.has('measureDate') ? 'measureDate' : 'startDate';
    const date = r.date(r.cell(field));
    if (!date.ok) r.issue(field, 'bad_date', true);
    const label = r.text('measure');
    if (label === '') r.issue('measure', 'missing_label', true);
    const { product, group } = scope(r);
    if (rowRejected || !date.ok || label === '') return;
    records.measures.push({ date: date.day, label, product, group });
  }
}
