// Allocation exports of `syntheticRecords(n)` as a municipality's system writes them, for the
// import benches: clients by BSN, a CSV, and an .xlsx as Excel writes one (shared strings,
// date-formatted serial numbers), written directly so a million rows take seconds, not minutes.
import { strToU8, zipSync } from 'fflate';
import { syntheticRecords } from '../data-samples/synthetic';
import { isoDate } from '../shared/periods/days';

/**
 * A synthetic client (`C123`) as an export names it: by BSN, one per client, passing the
 * elfproef (one prefix in eleven has no check digit: those end in 0 and fail it).
 * Pseudonymising them is part of every real import.
 */
export function benchBsn(client: string): string {
  const prefix = 10_000_000 + Number(client.slice(1));
  let sum = 0;
  for (let rest = prefix, weight = 2; weight <= 9; weight++, rest = Math.floor(rest / 10))
    sum += (rest % 10) * weight;
  const check = sum % 11;
  return String(prefix * 10 + (check === 10 ? 0 : check));
}

/** The allocations as a semicolon CSV with ISO dates. */
export function allocationsCsv(n: number): string {
  const lines = ['Klantnummer;Aanbieder;Product;Startdatum;Einddatum'];
  for (const a of syntheticRecords(n).allocations)
    lines.push(
      `${benchBsn(a.client)};${a.provider};${a.product};${isoDate(a.start)};${a.end === null ? '' : isoDate(a.end)}`,
    );
  return lines.join('\n');
}

const EXCEL_EPOCH = -25_569; // day number of 1899-12-30

export function allocationsXlsx(n: number, seed = 7): Uint8Array {
  const records = syntheticRecords(n, { seed });
  const strings: string[] = [];
  const index = new Map<string, number>();
  const s = (text: string) => {
    let i = index.get(text);
    if (i === undefined) {
      i = strings.length;
      strings.push(text);
      index.set(text, i);
    }
    return i;
  };
  const head = ['Clientnummer', 'Aanbieder', 'Product', 'Startdatum', 'Einddatum'];
  const rows: string[] = [
    `<row r="1">${head.map((h, c) => `<c r="${'ABCDE'[c]}1" t="s"><v>${s(h)}</v></c>`).join('')}</row>`,
  ];
  records.allocations.forEach((a, k) => {
    const r = k + 2;
    const end =
      a.end === null ? '' : `<c r="E${r}" s="1"><v>${(a.end as number) - EXCEL_EPOCH}</v></c>`;
    rows.push(
      `<row r="${r}"><c r="A${r}" t="s"><v>${s(benchBsn(a.client))}</v></c><c r="B${r}" t="s"><v>${s(a.provider ?? '')}</v></c><c r="C${r}" t="s"><v>${s(a.product)}</v></c><c r="D${r}" s="1"><v>${(a.start as number) - EXCEL_EPOCH}</v></c>${end}</row>`,
    );
  });
  const sheet = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:E${n + 1}"/><sheetData>${rows.join('')}</sheetData></worksheet>`;
  const sst = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((t) => `<si><t>${t}</t></si>`).join('')}</sst>`;
  const ns = 'http://schemas.openxmlformats.org';
  return zipSync(
    {
      '[Content_Types].xml': strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="${ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
      ),
      '_rels/.rels': strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
      'xl/workbook.xml': strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets><sheet name="Toewijzingen" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${ns}/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId3" Type="${ns}/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
      ),
      'xl/styles.xml': strToU8(
        `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${ns}/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd\\-mm\\-yyyy"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`,
      ),
      'xl/sharedStrings.xml': strToU8(sst),
      'xl/worksheets/sheet1.xml': strToU8(sheet),
    },
    { level: 6 },
  );
}
