/**
 * A small XML reader for messages: elements with their namespace URI, local
 * name, children and text. Prefixes are resolved, never compared; attributes
 * other than namespace declarations are not kept (iWmo carries none that the
 * figures need). A DOCTYPE is refused: no entity is ever expanded beyond the
 * five predefined ones and character references (no XXE, no entity bombs).
 */
export interface XmlElement {
  ns: string;
  name: string;
  children: XmlElement[];
  /** The element's own text (its children's text not included), entities decoded. */
  text: string;
}

export class XmlError extends Error {}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const named = NAMED[ref];
    if (named === undefined) throw new XmlError(`onbekende entiteit &${ref};`);
    return named;
  });
}

const ATTRIBUTE = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

/** Where a start tag ends: the first `>` outside a quoted attribute value, or −1. */
function tagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let i = from; i < xml.length; i++) {
    const c = xml.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3e) return i;
  }
  return -1;
}

interface Open {
  element: XmlElement;
  prefix: string;
  local: string;
  /** Prefix → URI declared on this element (null: none). */
  declared: Map<string, string> | null;
}

/** Parses one XML document; throws `XmlError` when it is not well-formed. */
export function parseXml(xml: string): XmlElement {
  const stack: Open[] = [];
  let root: XmlElement | null = null;
  const resolve = (prefix: string): string => {
    for (let i = stack.length - 1; i >= 0; i--) {
      const uri = stack[i]?.declared?.get(prefix);
      if (uri !== undefined) return uri;
    }
    if (prefix === 'xml') return 'http://www.w3.org/XML/1998/namespace';
    if (prefix !== '') throw new XmlError(`onbekend voorvoegsel ${prefix}`);
    return '';
  };
  let at = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = xml.length;
  while (at < n) {
    const lt = xml.indexOf('<', at);
    const textEnd = lt < 0 ? n : lt;
    if (textEnd > at) {
      const top = stack[stack.length - 1];
      const text = xml.slice(at, textEnd);
      if (top) top.element.text += decode(text);
      else if (text.trim() !== '') throw new XmlError('tekst buiten het hoofdelement');
    }
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x3f /* ? */) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) throw new XmlError('onafgesloten verwerkingsinstructie');
      at = end + 2;
    } else if (next === 0x21 /* ! */) {
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        if (end < 0) throw new XmlError('onafgesloten commentaar');
        at = end + 3;
      } else if (xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9);
        if (end < 0) throw new XmlError('onafgesloten CDATA');
        const top = stack[stack.length - 1];
        if (!top) throw new XmlError('CDATA buiten het hoofdelement');
        top.element.text += xml.slice(lt + 9, end);
        at = end + 3;
      } else throw new XmlError('DOCTYPE en entiteitdeclaraties worden niet gelezen');
    } else if (next === 0x2f /* / */) {
      const end = xml.indexOf('>', lt + 2);
      if (end < 0) throw new XmlError('onafgesloten eindtag');
      const qname = xml.slice(lt + 2, end).trim();
      const open = stack.pop();
      if (!open || qname !== (open.prefix ? `${open.prefix}:${open.local}` : open.local))
        throw new XmlError(`eindtag </${qname}> past niet`);
      at = end + 1;
    } else {
      const end = tagEnd(xml, lt + 1);
      if (end < 0) throw new XmlError('onafgesloten starttag');
      const selfClosing = xml.charCodeAt(end - 1) === 0x2f;
      const inner = xml.slice(lt + 1, selfClosing ? end - 1 : end);
      const space = inner.search(/\s/);
      const qname = space < 0 ? inner : inner.slice(0, space);
      let declared: Map<string, string> | null = null;
      if (space >= 0) {
        ATTRIBUTE.lastIndex = space;
        for (let m = ATTRIBUTE.exec(inner); m; m = ATTRIBUTE.exec(inner)) {
          const attr = m[1] as string;
          if (attr === 'xmlns' || attr.startsWith('xmlns:')) {
            declared ??= new Map();
            declared.set(attr === 'xmlns' ? '' : attr.slice(6), decode(m[3] ?? m[4] ?? ''));
          }
        }
      }
      const colon = qname.indexOf(':');
      const prefix = colon < 0 ? '' : qname.slice(0, colon);
      const local = colon < 0 ? qname : qname.slice(colon + 1);
      const element: XmlElement = { ns: '', name: local, children: [], text: '' };
      const open: Open = { element, prefix, local, declared };
      const parent = stack[stack.length - 1];
      stack.push(open);
      element.ns = resolve(prefix);
      if (parent) parent.element.children.push(element);
      else if (root) throw new XmlError('meer dan één hoofdelement');
      else root = element;
      if (selfClosing) stack.pop();
      at = end + 1;
    }
  }
  if (stack.length > 0) throw new XmlError('onafgesloten element');
  if (!root) throw new XmlError('geen XML');
  return root;
}

/** The first child with this local name (any namespace), or undefined. */
export const child = (e: XmlElement | undefined, name: string): XmlElement | undefined =>
  e?.children.find((c) => c.name === name);

/** Every child with this local name. */
export const childrenNamed = (e: XmlElement | undefined, name: string): XmlElement[] =>
  e ? e.children.filter((c) => c.name === name) : [];

/** The trimmed text at a path of local names below `e`, or null when absent or empty. */
export function textAt(e: XmlElement | undefined, ...path: string[]): string | null {
  let at = e;
  for (const name of path) at = child(at, name);
  const text = at?.text.trim();
  return text ? text : null;
}
