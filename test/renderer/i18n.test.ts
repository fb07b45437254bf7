import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/en';
import { saveLanguage, t } from '../../renderer/src/i18n/i18n';
import { uiMessages } from './messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('de Engelse vertaling', () => {
  const messages = uiMessages();

  it('heeft elke tekst van de interface', () => {
    const missing = [...messages]
      .filter(([text]) => !(text in en))
      .map(([text, file]) => `${file}: ${text}`);
    expect(missing).toEqual([]);
    expect(messages.size).toBeGreaterThan(250);
  });

  it('heeft geen teksten die de interface niet (meer) gebruikt', () => {
    expect(Object.keys(en).filter((text) => !messages.has(text))).toEqual([]);
  });

  it('houdt de invulplekken van het Nederlands', () => {
    for (const [nl, english] of Object.entries(en))
      expect(placeholders(english), nl).toEqual(placeholders(nl));
  });

  it('vult invulplekken in, in de gekozen taal', () => {
    saveLanguage('en');
    expect(t('Overzicht {year}', { year: 2019 })).toBe('Overview 2019');
    expect(t('een tekst die niet vertaald is')).toBe('een tekst die niet vertaald is');
    saveLanguage('nl');
    expect(t('Overzicht {year}', { year: 2019 })).toBe('Overzicht 2019');
  });
});

describe('de filters in woorden', () => {
  it('in de taal van het scherm, en in het Nederlands voor de brief', async () => {
    const { filterList, filterText } = await import('../../renderer/src/views/Caption');
    const m = {
      meta: { filters: { providerGroups: ['ggz'], products: ['IB1', 'IB2'], ageBands: [] } },
      providers: {},
    } as unknown as Parameters<typeof filterList>[0];
    saveLanguage('en');
    expect(filterText(m)).toBe('Filter: provider type Mental health care (GGZ); product IB1, IB2.');
    expect(filterList(m, 'nl')).toBe('type aanbieder GGZ; product IB1, IB2');
    saveLanguage('nl');
    expect(filterText(m)).toBe('Filter: type aanbieder GGZ; product IB1, IB2.');
  });
});
