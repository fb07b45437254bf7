import { execFile, execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../helpers';
import { cli, root } from './run';

const run = promisify(execFile);
const sample = join(root, 'data-samples/drechtsteden-2015-2019.xlsx');
const out = tempDir('bm-brief-');

/** A tool from Debian (poppler-utils, LibreOffice): .ci/run installs them; elsewhere they may be absent. */
const has = (tool: string) =>
  ['/usr/bin', '/usr/local/bin'].some((dir) => existsSync(join(dir, tool)));

describe('cli brief', () => {
  it('.docx: de cijfers van metrics --json, afgerond volgens de publicatieregel', async () => {
    const file = join(out, 'brief.docx');
    const { code, stdout } = await cli('brief', sample, '--out', file);
    expect(code).toBe(0);
    expect(stdout).toContain('publicatieversie');
    const metrics = JSON.parse((await cli('metrics', sample, '--json')).stdout);
    const xml = strFromU8(
      unzipSync(new Uint8Array(readFileSync(file)))['word/document.xml'] as Uint8Array,
    );
    // 2.720 clients is already a multiple of 5; 438 ended trajectories are published as 440.
    expect(metrics.byYear['2019'].clients).toBe(2720);
    expect(metrics.byYear['2019'].outflow).toBe(438);
    expect(xml).toContain('<w:t xml:space="preserve">2.720</w:t>');
    expect(xml).toContain('<w:t xml:space="preserve">440</w:t>');
    expect(xml).not.toContain('<w:t xml:space="preserve">438</w:t>');
  }, 60_000);

  it('--intern geeft de exacte aantallen', async () => {
    const file = join(out, 'intern.docx');
    expect((await cli('brief', sample, '--out', file, '--intern')).code).toBe(0);
    const xml = strFromU8(
      unzipSync(new Uint8Array(readFileSync(file)))['word/document.xml'] as Uint8Array,
    );
    expect(xml).toContain('<w:t xml:space="preserve">438</w:t>');
    expect(xml).toContain('Interne versie: exacte aantallen');
  }, 60_000);

  it('de brief noemt gemeenten, geen bestandsnamen; --bronnen noemt ze in de verantwoording', async () => {
    const text = async (...extra: string[]) => {
      const file = join(out, `bronnen${extra.length}.docx`);
      expect((await cli('brief', sample, '--out', file, ...extra)).code).toBe(0);
      return strFromU8(
        unzipSync(new Uint8Array(readFileSync(file)))['word/document.xml'] as Uint8Array,
      );
    };
    const plain = await text();
    expect(plain).not.toContain('drechtsteden-2015-2019');
    expect(plain).toContain('Alblasserdam, Dordrecht, Hardinxveld-Giessendam');
    expect(plain).toContain('Bron: de registratie van toewijzingen Wmo-begeleiding;');
    expect(await text('--bronnen')).toContain('Bron: de bestanden drechtsteden-2015-2019.xlsx;');
  }, 60_000);

  it('.pdf: omslag, paginanummers en de definities als bijlage', async () => {
    const file = join(out, 'brief.pdf');
    expect((await cli('brief', sample, '--out', file)).code).toBe(0);
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    if (!has('pdftotext')) return; // the text checks need poppler-utils
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    const pages = text
      .split('\f')
      .filter((p) => p.trim() !== '')
      .map((p) => p.replace(/\s+/g, ' ').replace(/– /g, '–'));
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(pages[0]).toContain('Individuele begeleiding 2015–2019');
    expect(pages[0]).toContain('Publicatieversie');
    for (const [k, page] of pages.entries())
      expect(page).toContain(`Pagina ${k + 1} van ${pages.length}`);
    // The definitions close the brief (as an appendix that may take more than one page).
    const appendix = pages.findIndex((p) => p.includes('Definities Begrip Definitie'));
    expect(appendix).toBeGreaterThan(0);
    expect(pages.slice(appendix).join(' ')).toContain('Kaplan–Meier-mediaan');
    expect(pages.at(-1)).toContain('Kleine aantallen');
  }, 60_000);

  it.skipIf(!has('soffice'))(
    'de .docx opent in LibreOffice: omzetten naar PDF lukt zonder fouten',
    async () => {
      const file = join(out, 'brief.docx');
      if (!existsSync(file)) expect((await cli('brief', sample, '--out', file)).code).toBe(0);
      const pdfDir = join(out, 'lo');
      const result = await run(
        'soffice',
        ['--headless', '--convert-to', 'pdf', '--outdir', pdfDir, file],
        {
          timeout: 120_000,
        },
      );
      expect(result.stderr).not.toMatch(/Error|error:/);
      const pdf = join(pdfDir, 'brief.pdf');
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      if (has('pdftotext')) {
        const text = execFileSync('pdftotext', [pdf, '-']).toString();
        expect(text).toContain('Samenvatting');
        expect(text).toContain('2.720');
      }
    },
    180_000,
  );

  it('.pptx: een dia per hoofdstuk', async () => {
    const file = join(out, 'brief.pptx');
    expect((await cli('brief', sample, '--out', file)).code).toBe(0);
    const files = unzipSync(new Uint8Array(readFileSync(file)));
    // The title slide and nine sections: the sample has a cost source, so Prognose en begroting too.
    expect(Object.keys(files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))).toHaveLength(
      10,
    );
  }, 60_000);

  it('--vergelijk kiest de cijfers van de Vergelijking; een onbekend cijfer: uitleg met de keuzes', async () => {
    const file = join(out, 'vergelijk.docx');
    const ok = await cli(
      'brief',
      sample,
      '--out',
      file,
      '--vergelijk',
      'share:group:ggz,meanAgeAtStart',
    );
    expect(ok.code).toBe(0);
    const xml = strFromU8(
      unzipSync(new Uint8Array(readFileSync(file)))['word/document.xml'] as Uint8Array,
    );
    expect(xml).toContain('Aandeel type aanbieder GGZ in 2019');
    expect(xml).toContain('Gemiddelde leeftijd bij start in 2019');
    expect(xml).not.toContain('Cliënten per 1.000 inwoners in 2019');
    const bad = await cli('brief', sample, '--out', file, '--vergelijk', 'onzin');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      'Onbekend cijfer voor --vergelijk: onzin. Kies uit: clientsPer1000,',
    );
  }, 60_000);

  it('zonder bruikbaar --out: één regel uitleg, exit 2', async () => {
    const { code, stderr } = await cli('brief', sample, '--out', join(out, 'brief.txt'));
    expect(code).toBe(2);
    expect(stderr.trim()).toBe(
      'Geef met --out aan waar de brief komt: brief.docx, brief.pdf of brief.pptx.',
    );
  });
});
