import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { figureTranslations } from '../../shared/figures/catalogue';

const repo = new URL('../../', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? files(join(dir, e.name))
      : /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

/**
 * Every text the app shows: what the renderer and shared/ pass to `t('…')` or
 * `msg('…')`, with the file it is in, and the figure catalogue's Dutch.
 */
export function uiMessages(): Map<string, string> {
  const found = new Map<string, string>();
  for (const text of Object.keys(figureTranslations()))
    found.set(text, 'shared/figures/catalogue.ts');
  const call = /\b(?:t|msg)\(\s*(['"])((?:\\.|(?!\1)[^\\])*)\1/g;
  for (const file of [...files(join(repo, 'renderer/src')), ...files(join(repo, 'shared'))]) {
    if (/\/i18n\/(en|i18n|msg|translate)\.ts$/.test(file)) continue;
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(call)) {
      const text = (m[2] as string).replace(/\\(['"\\])/g, '$1');
      if (!found.has(text)) found.set(text, file.slice(repo.length));
    }
  }
  return found;
}
