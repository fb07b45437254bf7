import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import officeCrypto from 'officecrypto-tool';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';
import { cli, cliWith, root } from './run';

// The sample saved with a password, as a municipality sends it (agile encryption, made by
// another implementation than ours).
const dir = tempDir('bm-wachtwoord-');
const locked = join(dir, 'beveiligd.xlsx');
const sample = join(root, 'data-samples/drechtsteden-2015-2019.xlsx');
writeFileSync(locked, officeCrypto.encrypt(readFileSync(sample), { password: 'Wmo 2019!' }));

describe('bm metrics met een werkmap met wachtwoord', () => {
  it('zonder wachtwoord en met een verkeerd: exit 2 en één regel over het wachtwoord', async () => {
    const without = await cliWith({ BM_WACHTWOORD: '' }, 'metrics', locked, '--json');
    expect(without.code).toBe(2);
    expect(without.stdout).toBe('');
    expect(without.stderr.trim()).toBe(
      'beveiligd.xlsx: Dit bestand is beveiligd met een wachtwoord. Geef het wachtwoord in de omgevingsvariabele BM_WACHTWOORD.',
    );
    const wrong = await cliWith({ BM_WACHTWOORD: 'wmo 2019!' }, 'metrics', locked, '--json');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr.trim()).toBe('beveiligd.xlsx: Dit wachtwoord opent het bestand niet.');
  }, 60_000);

  it('met BM_WACHTWOORD: elk cijfer als van de werkmap zonder wachtwoord', async () => {
    const opened = await cliWith({ BM_WACHTWOORD: 'Wmo 2019!' }, 'metrics', locked, '--json');
    const plain = await cli('metrics', sample, '--json');
    expect(opened.code).toBe(0);
    expect(JSON.parse(opened.stdout)).toEqual(JSON.parse(plain.stdout));
  }, 60_000);
});
