import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../../shared/import/grid';
import { isOpenEnd, parseDate } from '../../../shared/import/values/dates';
import { parseEnteredNumber, parseNumber, toCents } from '../../../shared/import/values/numbers';
import { parsePeriod } from '../../../shared/import/values/periods';
import { parseGender } from '../../../shared/model/gender';
import { parseMunicipality } from '../../../shared/model/municipalities';
import { parseIbProduct } from '../../../shared/model/products';
import { parseProviderGroup } from '../../../shared/model/providerGroups';
import { parseEndReason } from '../../../shared/model/reasons';
import { isoDate } from '../../../shared/periods/days';

const date = (cell: Cell) => {
  const d = parseDate(cell);
  return d.ok ? isoDate(d.day) : null;
};

describe('datums', () => {
  it('een datum van tien tekens leest zonder omweg hetzelfde als via de patronen', () => {
    const ch = (chars: string) => fc.constantFrom(...chars);
    const tenChars = fc.oneof(
      fc.string({ unit: ch('0123456789-/.'), minLength: 10, maxLength: 10 }),
      fc
        .tuple(
          fc.integer({ min: 1800, max: 9999 }),
          fc.integer({ min: 0, max: 13 }),
          fc.integer({ min: 0, max: 32 }),
          ch('-/.'),
          ch('-/.'),
        )
        .chain(([y, m, d, s1, s2]) => {
          const two = (n: number) => String(n).padStart(2, '0');
          return fc.constantFrom(`${y}-${two(m)}-${two(d)}`, `${two(d)}${s1}${two(m)}${s2}${y}`);
        }),
    );
    fc.assert(
      fc.property(tenChars, (text) => {
        // With a space before it the text takes the patterns (it is trimmed first).
        expect(date(text)).toBe(date(` ${text}`));
      }),
      {
        numRuns: 3_000,
        examples: [['2019-02-29'], ['2020-02-29'], ['31.12.2019'], ['1899-12-31']],
      },
    );
  });

  it('eigenschap: elke jaar-maand-dag, twee keer gelezen, is de kalenderdag die Date.UTC geeft', () => {
    const two = (n: number) => String(n).padStart(2, '0');
    fc.assert(
      fc.property(
        fc.integer({ min: 1850, max: 2150 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        (y, m, d) => {
          const utc = new Date(Date.UTC(y, m - 1, d));
          const real =
            utc.getUTCFullYear() === y && utc.getUTCMonth() === m - 1 && utc.getUTCDate() === d;
          const expected = real && y >= 1900 ? utc.getTime() / 86_400_000 : null;
          for (const text of [`${y}-${two(m)}-${two(d)}`, `${two(d)}-${two(m)}-${y}`]) {
            for (let read = 0; read < 2; read++) {
              const value = parseDate(text);
              expect(value.ok ? value.day : null).toBe(expected);
            }
          }
        },
      ),
      {
        numRuns: 5_000,
        examples: [
          [2020, 2, 29],
          [2100, 2, 29],
          [1900, 1, 1],
          [1899, 12, 31],
        ],
      },
    );
  });

  it.each<[Cell, string | null]>([
    ['31-12-2019', '2019-12-31'],
    ['31-1-2019', '2019-01-31'],
    ['1-2-2019', '2019-02-01'],
    ['31/12/2019', '2019-12-31'],
    ['31.12.2019', '2019-12-31'],
    ['2019-12-31', '2019-12-31'],
    ['2019-12-31T00:00:00', '2019-12-31'],
    ['31-12-2019 00:00', '2019-12-31'],
    ['20191231', '2019-12-31'],
    [20191231, '2019-12-31'],
    [43830, '2019-12-31'], // Excel serial
    [43830.75, '2019-12-31'], // with a time of day
    [61, '1900-03-01'], // after Excel's phantom 29-02-1900
    [1, '1900-01-01'],
    ['29-02-2020', '2020-02-29'],
    ['29-02-2019', null], // no leap day in 2019
    ['31-02-2019', null],
    ['12/31/2019', null], // month first is never read
    ['31-12-1899', null], // before 1900
    ['gisteren', null],
    ['', null],
    [null, null],
  ])('%j → %s', (cell, expected) => {
    expect(date(cell)).toBe(expected);
  });

  it('einddatum 31-12-9999 betekent geen einde', () => {
    const d = parseDate('31-12-9999');
    expect(d.ok && isOpenEnd(d.day)).toBe(true);
    const e = parseDate('31-12-2098');
    expect(e.ok && isOpenEnd(e.day)).toBe(false);
  });
});

describe('bedragen', () => {
  it.each<[Cell, number | null]>([
    [1234.56, 1234.56],
    ['1.234,56', 1234.56],
    ['€ 1.234,56', 1234.56],
    ['€1.234,56', 1234.56],
    ['-800,00', -800],
    ['€ -800,00', -800],
    ['(800,00)', -800],
    ['1234,5', 1234.5],
    ['1234.56', 1234.56], // decimal point, no comma
    ['1.234.567', 1234567],
    ['12.345.678,90', 12345678.9],
    ['0,05', 0.05],
    ['abc', null],
    ['1,2,3', null],
    ['', null],
  ])('%j → %s', (cell, expected) => {
    expect(parseNumber(cell)).toBe(expected);
  });

  // Typed in the Dutch interface: a dot between groups of three digits groups thousands.
  it.each<[string, number | null]>([
    ['1.000', 1000],
    ['€ 1.000', 1000],
    ['-1.000', -1000],
    ['15.000.000', 15_000_000],
    ['12.345', 12345],
    ['1.234,5', 1234.5],
    ['1000', 1000],
    ['12.50', 12.5],
    ['1.5', 1.5],
    ['1.0000', 1],
    ['0,25', 0.25],
    ['1,000', 1],
    ['1.00.000', null],
    ['1.000,-', 1000],
    ['€ 250,–', 250],
    ['1.000.000,--', 1_000_000],
    ['1 000', 1000],
    ['', null],
  ])('ingetypt %j → %s', (text, expected) => {
    expect(parseEnteredNumber(text)).toBe(expected);
  });

  it('rondt euro af op hele centen', () => {
    expect(toCents(1234.565)).toBe(123457);
    expect(toCents(-0.005)).toBe(-1);
    expect(toCents(0.1 + 0.2)).toBe(30);
  });
});

describe('perioden', () => {
  it.each<[Cell, string | null]>([
    ['2019-03', 'month 2019 3'],
    ['03-2019', 'month 2019 3'],
    ['3-2019', 'month 2019 3'],
    ['201903', 'month 2019 3'],
    [201903, 'month 2019 3'],
    ['mrt 2019', 'month 2019 3'],
    ['maart 2019', 'month 2019 3'],
    ['Maart 2019', 'month 2019 3'],
    ['okt. 2019', 'month 2019 10'],
    ['2019-03-15', 'month 2019 3'], // a date: its month
    ['15-03-2019', 'month 2019 3'],
    ['2019-P10', 'fourWeek 2019 10'],
    ['P10 2019', 'fourWeek 2019 10'],
    ['P13-2019', 'fourWeek 2019 13'],
    ['2019/10', 'monthOrFourWeek 2019 10'],
    ['2019/13', 'fourWeek 2019 13'],
    ['2019-13', null],
    ['P14 2019', null],
    ['ergens in 2019', null],
  ])('%j → %s', (cell, expected) => {
    const p = parsePeriod(cell);
    expect(p.ok ? `${p.kind} ${p.year} ${p.index}` : null).toBe(expected);
  });
});

describe('producten', () => {
  it.each<[string, string | null]>([
    ['IB0', 'IB0'],
    ['IB 0', 'IB0'],
    ['ib-0', 'IB0'],
    ['waakvlam', 'IB0'],
    ['Vinger aan de pols', 'IB0'],
    ['IB1', 'IB1'],
    ['02A06', 'IB1'],
    ['02 02A06', 'IB1'],
    ['0202A06', 'IB1'],
    ['licht', 'IB1'],
    ['IB 1', 'IB1'],
    ['Individuele begeleiding 1', 'IB1'],
    ['IB2', 'IB2'],
    ['02A07', 'IB2'],
    ['middel', 'IB2'],
    ['IB3', 'IB3'],
    ['02a09', 'IB3'],
    ['Zwaar', 'IB3'],
    ['IB4', null],
    ['02A08', null],
    ['HH1', null],
    ['1', null],
  ])('%s → %s', (text, expected) => {
    expect(parseIbProduct(text)).toBe(expected);
  });
});

describe('aanbiedersgroepen', () => {
  it.each<[string | null, string]>([
    ['1. Gehandicaptenzorg', 'gehandicaptenzorg'],
    ['Aanbieders van gehandicaptenzorg', 'gehandicaptenzorg'],
    ['2. GGZ', 'ggz'],
    ['ggz', 'ggz'],
    ['3. Psychische kwetsbaarheid', 'psychische_kwetsbaarheid'],
    ['Psychosociaal', 'psychische_kwetsbaarheid'],
    ['4. Autismezorg', 'autisme'],
    ['Thuiszorg', 'thuiszorg_maatschappelijk'],
    ['Maatschappelijke dienstverlening', 'thuiszorg_maatschappelijk'],
    ['6. Ouderenzorg', 'ouderenzorg'],
    ['', 'overig'],
    [null, 'overig'],
    ['Jeugdhulp', 'overig'],
  ])('%j → %s', (text, expected) => {
    expect(parseProviderGroup(text)).toBe(expected);
  });
});

describe('geslacht', () => {
  it.each([
    ['m', 'm'],
    ['M', 'm'],
    ['man', 'm'],
    ['Mannelijk', 'm'],
    ['1', 'm'],
    ['v', 'v'],
    ['V', 'v'],
    ['vrouw', 'v'],
    ['vrouwelijk', 'v'],
    ['2', 'v'],
    ['x', 'x'],
    ['onbekend', 'x'],
    ['3', 'x'],
    ['', 'x'],
  ])('%s → %s', (text, expected) => {
    expect(parseGender(text)).toBe(expected);
  });
});

describe('gemeenten', () => {
  it.each<[string | number, string | null]>([
    ['GM0505', 'GM0505'],
    ['gm0505', 'GM0505'],
    ['0505', 'GM0505'],
    ['505', 'GM0505'],
    [505, 'GM0505'],
    ['Dordrecht', 'GM0505'],
    ['dordrecht', 'GM0505'],
    ['Hendrik-Ido-Ambacht', 'GM0531'],
    ['Hendrik Ido Ambacht', 'GM0531'],
    ["'s-Gravenhage", 'GM0518'],
    ['Den Haag', 'GM0518'],
    ['Súdwest-Fryslân', 'GM1900'],
    ['Sudwest Fryslan', 'GM1900'],
    ['Hengelo', 'GM0164'],
    ['Bergen', null], // two municipalities are called Bergen
    ['Weesp', 'GM0457'], // merged into Amsterdam, kept as it was written
    ['Atlantis', null],
  ])('%j → %s', (value, expected) => {
    expect(parseMunicipality(value)).toBe(expected);
  });
});

describe('redenen beëindiging', () => {
  it.each([
    ['19', '19'],
    ['2', '02'],
    ['02 - Overlijden', '02'],
    ['Levering volgens plan beëindigd', '19'],
    ['overleden', '02'],
    ['Verhuizing naar andere gemeente', '31'],
    ['34', '34'],
    ['Iets anders', 'Iets anders'],
  ])('%s → %s', (text, expected) => {
    expect(parseEndReason(text)).toBe(expected);
  });
});
