import { figureTranslations } from '../figures/catalogue';
import { en } from './en';

export { msg } from './msg';

// The one translation path of the app, the CLI and the brief. Texts are written in Dutch
// and marked with msg() where they are defined; translate() looks up the English by the
// Dutch text (gettext style), so the Dutch source reads as the app does and nothing is left
// untranslated unnoticed: test/renderer/i18n.test.ts checks every marked text has an entry.

export type Language = 'nl' | 'en';
export const languages: Record<Language, string> = { nl: 'Nederlands', en: 'English' };

export type Values = Record<string, string | number>;

const english: Record<string, string> = { ...figureTranslations(), ...en };

/** The text in a language, with `{name}` placeholders filled in. */
export function translate(language: Language, text: string, values?: Values): string {
  const translated = language === 'en' ? (english[text] ?? text) : text;
  if (!values) return translated;
  return translated.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
