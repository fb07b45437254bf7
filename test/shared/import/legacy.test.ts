import { describe, expect, it } from 'vitest';
import { type BookType, utils, write } from 'xlsx';
import { sniffFile } from '../../../shared/import/fileKind';
import { importRecords, testKey } from '../../helpers';

// Old .XLS outside an OLE container (BIFF2–4) and SYLK were sniffed as binary or as text and
// refused or misread; SheetJS reads them. The files are written here by SheetJS.

const rows = [
  ['Klantnummer', 'Product', 'Startdatum', 'Einddatum'],
  ['A1', 'IB1', '01-01-2019', '30-06-2019'],
  ['A2', 'IB2', '01-03-2019', ''],
];

describe('oude werkmappen die SheetJS leest', () => {
  it.each(['biff2', 'biff3', 'biff4', 'sylk'] as const)(
    '%s: gelezen, niet geweigerd',
    async (bookType) => {
      const wb = utils.book_new();
      utils.book_append_sheet(wb, utils.aoa_to_sheet(rows), 'Toewijzingen');
      const bytes = new Uint8Array(
        write(wb, { type: 'array', bookType: bookType as BookType }) as ArrayBuffer,
      );
      expect(sniffFile(bytes)).toBe('legacy');
      const { report, records } = await importRecords(
        [{ name: `OUD.${bookType === 'sylk' ? 'SLK' : 'XLS'}`, bytes }],
        { pseudonymKey: testKey },
      );
      expect(report.fileErrors).toEqual([]);
      expect(records.allocations.map((a) => a.product)).toEqual(['IB1', 'IB2']);
    },
  );

  it('een CSV die met "ID;P" begint, blijft een CSV', () => {
    for (const csv of [
      'ID,Product,Startdatum\n1,IB1,01-01-2019\n',
      'ID;Product;Startdatum\n1;IB1;01-01-2019\n',
    ])
      expect(sniffFile(new TextEncoder().encode(csv))).toBe('text');
  });
});
