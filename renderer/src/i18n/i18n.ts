import { type Language, translate, type Values } from '../../../shared/i18n/translate';

export { msg } from '../../../shared/i18n/msg';
export { type Language, languages, translate } from '../../../shared/i18n/translate';

// The interface's language: chosen per computer, Dutch by default. The texts and their
// translation are shared/i18n's, the same path the CLI and the brief use.

const STORAGE_KEY = 'begeleidingsmonitor.taal';
let current: Language = 'nl';

/** The language chosen earlier on this computer (Dutch the first time). */
export function savedLanguage(): Language {
  try {
    current = globalThis.localStorage?.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nl';
  } catch {
    current = 'nl';
  }
  return current;
}

export function saveLanguage(language: Language): void {
  current = language;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Storage may be unavailable (private window): the choice lasts this session.
  }
}

/** Back to Dutch, the choice forgotten (wiping the workspace). */
export function forgetLanguage(): void {
  current = 'nl';
  try {
    globalThis.localStorage?.removeItem(STORAGE_KEY);
  } catch {
    // Nothing was stored.
  }
}

export const currentLanguage = (): Language => current;

/**
 * The text in the current language, with `{name}` placeholders filled in:
 * `t('Per {period}', { period: 'maand' })`.
 */
export const t = (text: string, values?: Values): string => translate(current, text, values);
