import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { definitions } from '../../shared/report/definitions';

const root = new URL('../../renderer/src/', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? files(join(dir, e.name))
      : /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

/** Every text the renderer passes to `t('…')` or `msg('…')`, with the file it is in (and the definitions it shows). */
export function uiMessages(): Map<string, string> {
  const found = new Map<string, string>();
  for (const d of definitions) {
    found.set(d.term, 'shared/report/definitions.ts');
    found.set(d.text, 'shared/report/definitions.ts');
  }
  const call = /\b(?:t|msg)\(\s*(['"])((?:\\.|(?!\1)[^\\])*)\1/g;
  for (const file of files(root)) {
    if (/\/i18n\/(en|i18n)\.ts$/.test(file)) continue;
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(call)) {
      const text = (m[2] as string).replace(/\\(['"\\])/g, '$1');
      if (!found.has(text)) found.set(text, file.slice(root.length));
    }
  }
  return found;
}
