/**
 * The XML of a bank statement (camt.053) as a small tree of elements with their line, read by
 * fast-xml-parser after fast-xml-validator has checked the syntax. A statement never needs a
 * DOCTYPE nor an entity beyond XML's five, so both are refused before parsing: nothing is ever
 * expanded from the file. Names keep only their local part: camt files put every element in the
 * statement's namespace, with or without a prefix.
 */
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';

export type XmlElement = {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  text: string;
  readonly line: number;
};

export type XmlRead = { ok: true; root: XmlElement } | { ok: false; line: number; detail: string };

const FORBIDDEN_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const UNKNOWN_REFERENCE = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
const DOCTYPE = /<!DOCTYPE/i;

const parser = new XMLParser({
  preserveOrder: true,
  captureMetaData: true,
  removeNSPrefix: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // Decodes character references (`&#233;` in a payer's name); named entities beyond XML's five are refused before.
  htmlEntities: true,
});
const META = XMLParser.getMetaDataSymbol();

/** fast-xml-parser's ordered node: one key (the tag, `#text`), attributes under `:@`, metadata under a symbol. */
type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

/** A character reference to what XML 1.0 forbids (`&#1;`), which the parser would decode into the text. */
function forbiddenReference(text: string): XmlRead | undefined {
  for (const found of text.matchAll(/&#(x[0-9a-fA-F]+|\d+);/g)) {
    const reference = found[1] as string;
    const code = reference.startsWith('x') ? parseInt(reference.slice(1), 16) : Number(reference);
    const isAllowed =
      code < 0x20
        ? code === 0x9 || code === 0xa || code === 0xd
        : code <= 0xd7ff || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
    if (!isAllowed)
      return { ok: false, line: lineAt(text, found.index), detail: 'a reference to a forbidden character' };
  }
  return undefined;
}

function lineAt(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

function firstMatch(text: string, pattern: RegExp, detail: string): XmlRead | undefined {
  const found = pattern.exec(text);
  return found ? { ok: false, line: lineAt(text, found.index), detail } : undefined;
}

/**
 * Appends ordered nodes to `parent`: text to its text, each element as a child. Comments, processing
 * instructions and the declaration never reach here (the parser drops them), and the validator
 * refuses text outside the root, so the document's holder only ever receives elements.
 */
function appendNodes(parent: XmlElement, nodes: readonly OrderedNode[], text: string): void {
  for (const node of nodes) {
    if ('#text' in node) parent.text += String(node['#text']);
    else for (const name of Object.keys(node)) if (name !== ':@') parent.children.push(toElement(name, node, text));
  }
}

function toElement(name: string, node: OrderedNode, text: string): XmlElement {
  // captureMetaData puts the element's start index on every element node.
  const meta = (node as Record<symbol, unknown>)[META as symbol] as { startIndex: number };
  const element: XmlElement = {
    name,
    attributes: node[':@'] ?? {},
    children: [],
    text: '',
    line: lineAt(text, meta.startIndex),
  };
  appendNodes(element, node[name] as OrderedNode[], text);
  return element;
}

/** Reads the whole document; the first fault refuses it, with its line. */
export function readXml(source: string): XmlRead {
  const text = source.replace(/^\uFEFF/, '');
  const refused =
    firstMatch(text, FORBIDDEN_CHARACTER, 'a control character') ??
    firstMatch(text, DOCTYPE, 'a DOCTYPE is not accepted') ??
    firstMatch(text, UNKNOWN_REFERENCE, 'an unknown or malformed entity reference') ??
    forbiddenReference(text);
  if (refused) return refused;
  try {
    SyntaxValidator.validate(text);
  } catch (error) {
    // SyntaxValidator reports every fault as a ValidationError with its line.
    const fault = error as { line: number; message: string };
    return { ok: false, line: fault.line, detail: fault.message };
  }
  const document: XmlElement = { name: '', attributes: {}, children: [], text: '', line: 1 };
  appendNodes(document, parser.parse(text) as OrderedNode[], text);
  const [root, ...others] = document.children;
  if (root === undefined || others.length > 0) return { ok: false, line: 1, detail: 'not exactly one root element' };
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
