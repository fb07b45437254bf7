import type { Provider } from '../model/records';

/** One provider record per provider: a name and a group other than `overig` win. */
export function mergeProviders(providers: readonly Provider[]): Provider[] {
  const byId = new Map<string, Provider>();
  for (const p of providers) {
    const known = byId.get(p.provider);
    if (!known) byId.set(p.provider, { ...p });
    else {
      known.name ??= p.name;
      if (known.group === 'overig') known.group = p.group;
    }
  }
  return [...byId.values()];
}

/** SHA-256 of the files' bytes, as hex: how a re-import of the same file is recognised. */
export async function contentHash(files: readonly { bytes: Uint8Array }[]): Promise<string> {
  const total = files.reduce((n, f) => n + f.bytes.length, 0);
  const all = new Uint8Array(total);
  let at = 0;
  for (const f of files) {
    all.set(f.bytes, at);
    at += f.bytes.length;
  }
  const digest = await crypto.subtle.digest('SHA-256', all);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
