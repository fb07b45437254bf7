import { describe, expect, it } from 'vitest';
import { saveLanguage, t } from '../../renderer/src/i18n/i18n';
import { figureTranslations } from '../../shared/figures/catalogue';
import { en } from '../../shared/i18n/en';
import { translate } from '../../shared/i18n/translate';
import { issueMessage } from '../../shared/import/messages';
import { uiMessages } from './messages';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('de Engelse vertaling', () => {
  const messages = uiMessages();

  it('heeft elke tekst van de interface, ook die van shared/', () => {
    const english = { ...figureTranslations(), ...en };
    const missing = [...messages]
      .filter(([text]) => !(text in english))
      .map(([text, file]) => `${file}: ${text}`);
    expect(missing).toEqual([]);
    expect(messages.size).toBeGreaterThan(250);
  });

  it('heeft één bron per tekst: wat de cijfercatalogus vertaalt, staat niet ook in en.ts', () => {
    const catalogue = figureTranslations();
    expect(Object.keys(en).filter((text) => text in catalogue)).toEqual([]);
  });

  it('vertaalt ook de teksten van shared/ langs dezelfde weg', () => {
    expect(issueMessage('end_before_start', 'en')).toBe('End date before start date');
    expect(issueMessage('end_before_start')).toBe('Einddatum ligt vóór de startdatum');
    expect(translate('en', 'Mediane trajectduur (dagen)')).toBe(
      'Median trajectory duration (days)',
    );
    expect(translate('en', 'Gehandicaptenzorg')).toBe('Disability care');
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
