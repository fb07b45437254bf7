import { en } from './en';

export { msg } from './msg';

// The UI is written in Dutch; English comes from a dictionary keyed by the Dutch text
// (gettext style), so the Dutch source reads as the app does and nothing is left untranslated
// unnoticed: test/renderer/i18n.test.ts checks every `t('…')` and `msg('…')` has an entry.

export type Language = 'nl' | 'en';
export const languages: Record<Language, string> = { nl: 'Nederlands', en: 'English' };

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

export const currentLanguage = (): Language => current;

type Values = Record<string, string | number>;

/** The text in a given language (the brief is Dutch whatever the interface), placeholders filled in. */
export function translate(language: Language, text: string, values?: Values): string {
  const translated = language === 'en' ? (en[text] ?? text) : text;
  if (!values) return translated;
  return translated.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/**
 * The text in the current language, with `{name}` placeholders filled in:
 * `t('Per {period}', { period: 'maand' })`.
 */
export const t = (text: string, values?: Values): string => translate(current, text, values);
