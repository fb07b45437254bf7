import { describe, expect, it } from 'vitest';
import { CFB, utils, write } from 'xlsx';
import { fileErrorMessage } from '../../../shared/import/messages';
import { importRecords, testKey } from '../../helpers';

// Workbooks made here, as Excel's "Versleutelen met wachtwoord" leaves them: an OOXML package
// encrypted inside an OLE container (its EncryptionInfo and EncryptedPackage streams), and a
// BIFF8 .xls whose workbook stream carries a FilePass record right after its first BOF.

const rows = [
  ['Klantnummer', 'Product', 'Startdatum', 'Einddatum'],
  ['A1', 'IB1', '01-01-2019', '30-06-2019'],
];
const run = (name: string, bytes: Uint8Array) =>
  importRecords([{ name, bytes }], { pseudonymKey: testKey });

function encryptedOoxml(): Uint8Array {
  const cfb = CFB.utils.cfb_new();
  // EncryptionInfo of agile encryption: version 4.4, flags 0x40.
  CFB.utils.cfb_add(cfb, '/EncryptionInfo', new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0]));
  CFB.utils.cfb_add(cfb, '/EncryptedPackage', new Uint8Array(64));
  return new Uint8Array(CFB.write(cfb, { type: 'array' }) as ArrayBuffer);
}

function encryptedXls(): Uint8Array {
  const wb = utils.book_new();
  utils.book_append_sheet(wb, utils.aoa_to_sheet(rows), 'Toewijzingen');
  const xls = new Uint8Array(write(wb, { type: 'array', bookType: 'biff8' }) as ArrayBuffer);
  const cfb = CFB.read(xls, { type: 'array' });
  const entry = CFB.find(cfb, 'Workbook') as { content: Uint8Array; size: number };
  const stream = entry.content;
  const after = 4 + ((stream[2] as number) | ((stream[3] as number) << 8));
  // FilePass (0x002F), 6 bytes: XOR obfuscation, key and verifier.
  const filePass = [0x2f, 0x00, 0x06, 0x00, 0x00, 0x00, 0x34, 0x12, 0x78, 0x56];
  entry.content = new Uint8Array([
    ...stream.subarray(0, after),
    ...filePass,
    ...stream.subarray(after),
  ]);
  entry.size = entry.content.length;
  return new Uint8Array(CFB.write(cfb, { type: 'array' }) as ArrayBuffer);
}

describe('werkmappen met een wachtwoord', () => {
  it('een versleutelde .xlsx en .xls heten beveiligd met een wachtwoord, niet beschadigd', async () => {
    // The .xlsx can be opened with its password (encryption.test.ts); the .xls cannot, and says so.
    for (const [name, bytes, code] of [
      ['toewijzingen.xlsx', encryptedOoxml(), 'password_protected'],
      ['toewijzingen.xls', encryptedXls(), 'encryption_unsupported'],
    ] as const) {
      const { report, records } = await run(name, bytes);
      expect(report.fileErrors).toEqual([{ file: name, code }]);
      expect(records.allocations).toEqual([]);
      expect(fileErrorMessage(code, 'nl')).toMatch(/^Dit bestand is beveiligd met een wachtwoord/);
    }
  });

  it('een werkmap die alleen tegen bewerken beveiligd is, opent gewoon', async () => {
    const ws = utils.aoa_to_sheet(rows);
    ws['!protect'] = { password: 'geheim' };
    const wb = utils.book_new();
    utils.book_append_sheet(wb, ws, 'Toewijzingen');
    const xlsx = new Uint8Array(write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
    const { report, records } = await run('beveiligd-tegen-bewerken.xlsx', xlsx);
    expect(report.fileErrors).toEqual([]);
    expect(records.allocations).toHaveLength(1);
  });
});
