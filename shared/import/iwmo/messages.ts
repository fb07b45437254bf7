import { fromBase64 } from '../../base64';
import { child, parseXml, textAt, type XmlElement } from './xml';

/** The iWmo messages the figures are rebuilt from (release 3.2). */
export const iwmoKinds = ['wmo301', 'wmo305', 'wmo307', 'wmo323'] as const;
export type IwmoKind = (typeof iwmoKinds)[number];

const BERICHT_CODES: Record<IwmoKind, string> = {
  wmo301: '414',
  wmo305: '418',
  wmo307: '420',
  wmo323: '484',
};

/** Why a file was not read as a message. */
export type IwmoRefusal =
  | 'not_xml'
  | 'not_iwmo'
  | 'iwmo_old_release'
  | 'iwmo_other_message'
  | 'iwmo_incomplete';

export interface IwmoHeader {
  code: string;
  /** A gemeente as `GM0505`, an aanbieder as its AGB code. */
  sender: string;
  receiver: string;
  id: string;
  /** Dagtekening, `yyyy-mm-dd`. */
  day: string;
}

export interface IwmoMessage {
  kind: IwmoKind;
  file: string;
  header: IwmoHeader;
  /** The body below `Bericht`: `Client` (301/305/307) or `Declaratie` (323). */
  body: XmlElement;
}

const RELEASE = /^http:\/\/www\.istandaarden\.nl\/iwmo\/(\d+)_(\d+)\/(wmo\d{3})\/schema$/;
const STUF_GGK = 'http://www.stufstandaarden.nl/koppelvlak/ggk0210';

/** A CBS code as iWmo writes it (`0505`) as the app does (`GM0505`). */
export const gemeente = (code: string) => `GM${code.padStart(4, '0')}`;

/** The first descendant with this local name, depth first. */
function find(e: XmlElement, name: string): XmlElement | undefined {
  for (const c of e.children) {
    if (c.name === name) return c;
    const deeper = find(c, name);
    if (deeper) return deeper;
  }
  return undefined;
}

/**
 * One file's text as an iWmo message, unwrapping a StUF-GGk envelope (the
 * message base64-encoded in `xmlBestand`); or why it is not one.
 */
export function readIwmoMessage(
  text: string,
  file: string,
): IwmoMessage | { refusal: IwmoRefusal; detail?: string } {
  let root: XmlElement;
  try {
    root = parseXml(text);
  } catch (e) {
    return { refusal: 'not_xml', detail: (e as Error).message };
  }
  if (root.ns === STUF_GGK) {
    const inner = find(root, 'xmlBestand')?.text.trim();
    if (!inner) return { refusal: 'iwmo_incomplete', detail: 'xmlBestand' };
    let decoded: string;
    try {
      decoded = new TextDecoder('utf-8', { fatal: true }).decode(fromBase64(inner));
    } catch {
      return { refusal: 'iwmo_incomplete', detail: 'xmlBestand' };
    }
    return readIwmoMessage(decoded, file);
  }
  const release = RELEASE.exec(root.ns);
  if (!release || root.name !== 'Bericht') {
    return root.ns.includes('istandaarden.nl/iwmo')
      ? { refusal: 'iwmo_old_release', detail: root.ns }
      : { refusal: 'not_iwmo' };
  }
  if (`${release[1]}_${release[2]}` !== '3_2')
    return { refusal: 'iwmo_old_release', detail: `${release[1]}.${release[2]}` };
  const kind = release[3] as IwmoKind;
  if (!iwmoKinds.includes(kind)) return { refusal: 'iwmo_other_message', detail: kind };
  const h = child(root, 'Header');
  const code = textAt(h, 'BerichtCode');
  const sender = textAt(h, 'Afzender');
  const receiver = textAt(h, 'Ontvanger');
  const id = textAt(h, 'BerichtIdentificatie', 'Identificatie');
  const day = textAt(h, 'BerichtIdentificatie', 'Dagtekening');
  const body = child(root, kind === 'wmo323' ? 'Declaratie' : 'Client');
  if (!code || !sender || !receiver || !id || !day || !body || code !== BERICHT_CODES[kind])
    return { refusal: 'iwmo_incomplete', detail: 'Header' };
  // The gemeente sends the 301; it receives the others.
  const fromGemeente = kind === 'wmo301';
  return {
    kind,
    file,
    header: {
      code,
      sender: fromGemeente ? gemeente(sender) : sender,
      receiver: fromGemeente ? receiver : gemeente(receiver),
      id,
      day,
    },
    body,
  };
}
