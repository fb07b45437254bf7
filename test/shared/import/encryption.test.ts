import officeCrypto from 'officecrypto-tool';
import { describe, expect, it } from 'vitest';
import { decryptPackage, encryptedPackage } from '../../../shared/import/encryption';
import { buildDataset } from '../../../shared/metrics/dataset';
import { computeMetrics } from '../../../shared/metrics/engine';
import { fixture, importRecords, testKey } from '../../helpers';

// Encrypted copies made here by another implementation (officecrypto-tool, Node only), so our
// decryption is checked against an encryptor it shares no code with.
const plain = fixture('mini.xlsx');
const PASSWORD = 'Wmo-2019 geheim';
const agile = new Uint8Array(officeCrypto.encrypt(Buffer.from(plain), { password: PASSWORD }));
const standard = new Uint8Array(
  officeCrypto.encrypt(Buffer.from(plain), { password: PASSWORD, type: 'standard' }),
);

describe('werkmappen met een wachtwoord (ECMA-376)', () => {
  it.each([
    ['agile (Excel 2010 en later)', agile],
    ['standard (Excel 2007)', standard],
  ])('%s: met het wachtwoord precies de oorspronkelijke .xlsx', (_, encrypted) => {
    const found = encryptedPackage(encrypted);
    expect(found).not.toBeNull();
    const opened = decryptPackage(found as NonNullable<typeof found>, PASSWORD);
    expect(opened.ok && Buffer.from(opened.value).equals(Buffer.from(plain))).toBe(true);
  });

  it.each([
    ['agile', agile],
    ['standard', standard],
  ])('%s: een verkeerd wachtwoord wordt herkend, ook een dat bijna klopt', (_, encrypted) => {
    const found = encryptedPackage(encrypted) as NonNullable<ReturnType<typeof encryptedPackage>>;
    for (const wrong of ['', 'wmo-2019 geheim', `${PASSWORD} `])
      expect(decryptPackage(found, wrong)).toEqual({ ok: false, error: 'wrong_password' });
  });

  it('een gewone werkmap of .xls is geen versleuteld pakket', () => {
    expect(encryptedPackage(plain)).toBeNull();
    expect(encryptedPackage(fixture('gemengd.xls'))).toBeNull();
  });

  it('importeren: zonder wachtwoord en met een verkeerd een eigen melding, met het wachtwoord elk cijfer', async () => {
    const file = { name: 'beveiligd.xlsx', bytes: agile };
    const without = await importRecords([file], { pseudonymKey: testKey });
    expect(without.report.fileErrors.map((e) => e.code)).toEqual(['password_protected']);
    const wrong = await importRecords([file], { pseudonymKey: testKey, password: 'fout' });
    expect(wrong.report.fileErrors.map((e) => e.code)).toEqual(['wrong_password']);
    const opened = await importRecords([file], { pseudonymKey: testKey, password: PASSWORD });
    const original = await importRecords([{ name: 'mini.xlsx', bytes: plain }], {
      pseudonymKey: testKey,
    });
    expect(opened.report.fileErrors).toEqual([]);
    expect(computeMetrics(buildDataset(opened.records))).toEqual(
      computeMetrics(buildDataset(original.records)),
    );
  });
});
