/**
 * A minimal, strict XML reader for bank statements (camt.053): elements, attributes, text, CDATA,
 * comments, processing instructions and the five predefined entities plus character references.
 * A DOCTYPE is refused, so no entity is ever expanded from the file. No XML library is a dependency
 * of the project, and this subset is all a statement uses. Names keep only their local part: camt
 * files put every element in the statement's namespace, with or without a prefix.
 */

export type XmlElement = {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
  readonly line: number;
};

export type XmlRead = { ok: true; root: XmlElement } | { ok: false; line: number; detail: string };

const NAME = /^[A-Za-z_][\w.:-]*/;
const ATTRIBUTE = /^\s+([A-Za-z_][\w.:-]*)\s*=\s*("[^"<]*"|'[^'<]*')/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

/** Replaces entity and character references; undefined on an unknown or malformed one. */
function decode(text: string): string | undefined {
  let isBroken = false;
  const decoded = text.replace(/&([^;&\s]*);?/g, (whole, reference: string) => {
    if (!whole.endsWith(';')) isBroken = true;
    const hex = /^#x([0-9a-fA-F]+)$/.exec(reference);
    const decimal = /^#(\d+)$/.exec(reference);
    const code = hex ? parseInt(hex[1] as string, 16) : decimal ? Number(decimal[1]) : undefined;
    if (code !== undefined && isXmlCharacter(code)) return String.fromCodePoint(code);
    if (code !== undefined) isBroken = true;
    const entity = ENTITIES[reference];
    if (entity === undefined) isBroken = true;
    return entity ?? '';
  });
  return isBroken ? undefined : decoded;
}

/** XML 1.0 `Char`: no C0 control but tab, line feed and carriage return, no surrogate, no U+FFFE/U+FFFF. */
function isXmlCharacter(code: number): boolean {
  if (code < 0x20) return code === 0x9 || code === 0xa || code === 0xd;
  return code <= 0xd7ff || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

const FORBIDDEN_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

type Cursor = { text: string; at: number; line: number };

function advance(cursor: Cursor, length: number): void {
  for (let index = cursor.at; index < cursor.at + length; index++) if (cursor.text[index] === '\n') cursor.line++;
  cursor.at += length;
}

/** Skips `<?…?>`, `<!--…-->` at the cursor; false when the cursor is not at one. */
function skipMarkup(cursor: Cursor): boolean | string {
  for (const [open, close] of [
    ['<?', '?>'],
    ['<!--', '-->'],
  ] as const) {
    if (!cursor.text.startsWith(open, cursor.at)) continue;
    const end = cursor.text.indexOf(close, cursor.at + open.length);
    if (end < 0) return `unclosed ${open}`;
    advance(cursor, end + close.length - cursor.at);
    return true;
  }
  if (cursor.text.startsWith('<!DOCTYPE', cursor.at)) return 'a DOCTYPE is not accepted';
  return false;
}

function readStartTag(cursor: Cursor): { element: XmlElement; isEmpty: boolean; name: string } | string {
  const line = cursor.line;
  const name = NAME.exec(cursor.text.slice(cursor.at + 1))?.[0];
  if (name === undefined) return 'an element name is expected after <';
  advance(cursor, name.length + 1);
  const attributes: Record<string, string> = {};
  for (;;) {
    const rest = cursor.text.slice(cursor.at, cursor.at + 4096);
    const attribute = ATTRIBUTE.exec(rest);
    if (attribute) {
      const value = decode((attribute[2] as string).slice(1, -1));
      if (value === undefined) return 'an attribute holds a malformed reference';
      attributes[localName(attribute[1] as string)] = value;
      advance(cursor, attribute[0].length);
      continue;
    }
    const end = /^\s*(\/?)>/.exec(rest);
    if (!end) return `malformed start tag <${name}>`;
    advance(cursor, end[0].length);
    return {
      element: { name: localName(name), attributes, children: [], text: '', line },
      isEmpty: end[1] === '/',
      name,
    };
  }
}

/** Reads the whole document; the first fault refuses it, with its line. */
export function readXml(text: string): XmlRead {
  const forbidden = FORBIDDEN_CHARACTER.exec(text);
  if (forbidden)
    return { ok: false, line: text.slice(0, forbidden.index).split('\n').length, detail: 'a control character' };
  const cursor: Cursor = { text: text.replace(/^\uFEFF/, ''), at: 0, line: 1 };
  const open: { element: XmlElement; name: string }[] = [];
  let root: XmlElement | undefined;
  const fail = (detail: string): XmlRead => ({ ok: false, line: cursor.line, detail });
  while (cursor.at < cursor.text.length) {
    const next = cursor.text.indexOf('<', cursor.at);
    const chunk = cursor.text.slice(cursor.at, next < 0 ? undefined : next);
    if (chunk.trim() !== '') {
      const current = open[open.length - 1];
      const decoded = decode(chunk);
      if (current === undefined || decoded === undefined)
        return fail('text outside the root element or a bad reference');
      current.element.text += decoded;
    }
    advance(cursor, chunk.length);
    if (next < 0) break;
    const skipped = skipMarkup(cursor);
    if (typeof skipped === 'string') return fail(skipped);
    if (skipped) continue;
    if (cursor.text.startsWith('<![CDATA[', cursor.at)) {
      const end = cursor.text.indexOf(']]>', cursor.at);
      const current = open[open.length - 1];
      if (end < 0 || current === undefined) return fail('CDATA outside an element or unclosed');
      current.element.text += cursor.text.slice(cursor.at + 9, end);
      advance(cursor, end + 3 - cursor.at);
      continue;
    }
    if (cursor.text.startsWith('</', cursor.at)) {
      const close = /^<\/([^\s>]+)\s*>/.exec(cursor.text.slice(cursor.at, cursor.at + 256));
      const current = open.pop();
      if (!close || current === undefined || close[1] !== current.name) return fail('a closing tag does not match');
      advance(cursor, close[0].length);
      continue;
    }
    const tag = readStartTag(cursor);
    if (typeof tag === 'string') return fail(tag);
    const parent = open[open.length - 1];
    if (parent) parent.element.children.push(tag.element);
    else if (root) return fail('a second root element');
    else root = tag.element;
    if (!tag.isEmpty) open.push({ element: tag.element, name: tag.name });
  }
  if (open.length > 0 || root === undefined) return fail('the document ends before its root element closes');
  return { ok: true, root };
}

/** The first child with this local name, following a path: `child(stmt, 'Acct', 'Id', 'IBAN')`. */
export function child(element: XmlElement | undefined, ...path: readonly string[]): XmlElement | undefined {
  let current = element;
  for (const name of path) current = current?.children.find((candidate) => candidate.name === name);
  return current;
}

export function children(element: XmlElement | undefined, name: string): XmlElement[] {
  return element?.children.filter((candidate) => candidate.name === name) ?? [];
}

export function textOf(element: XmlElement | undefined, ...path: readonly string[]): string | undefined {
  const found = child(element, ...path);
  return found === undefined ? undefined : found.text.trim();
}
