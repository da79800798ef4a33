import { describe, expect, it } from 'vitest';
import { children, readXml, textOf } from '../../../shared/domain/bank-statement/xml-reader';

function refused(source: string): { line: number; detail: string } {
  const read = readXml(source);
  if (read.ok) throw new Error('the document was accepted');
  return { line: read.line, detail: read.detail };
}

describe('readXml character references', () => {
  it('decodes the references XML allows (tab, below and above the surrogates, beyond the basic plane)', () => {
    const read = readXml('<a>&#9;|Caf&#233;|&#xE000;|&#x1F600;|&amp;</a>');
    expect(read.ok && read.root.text).toBe('\t|Café|\uE000|\u{1F600}|&');
  });

  it('refuses a reference to a forbidden character, decimal or hexadecimal, with its line', () => {
    expect(refused('<a>\n&#x1;</a>')).toEqual({ line: 2, detail: 'a reference to a forbidden character' });
    expect(refused('<a>\n\n&#xFFFE;</a>')).toEqual({ line: 3, detail: 'a reference to a forbidden character' });
    expect(refused('<a>&#xD800;</a>')).toEqual({ line: 1, detail: 'a reference to a forbidden character' });
    expect(refused('<a>&#1114112;</a>')).toEqual({ line: 1, detail: 'a reference to a forbidden character' });
  });
});

describe('readXml structure', () => {
  it('refuses a document with two root elements, which the syntax validator lets through', () => {
    expect(refused('<a/>\n<b/>')).toEqual({ line: 1, detail: 'not exactly one root element' });
  });

  it('reports the syntax fault the validator finds, with its line', () => {
    expect(refused('<a>\n<b></c>\n</a>')).toMatchObject({ line: 2 });
    expect(refused('')).toEqual({ line: 1, detail: 'Start tag expected.' });
  });

  it('keeps the line of each element and drops comments and processing instructions', () => {
    const read = readXml('<?xml version="1.0"?>\n<!-- c -->\n<a x="1">\n  <b>one</b><?pi x?>\n  <b>two</b>\n</a>\n');
    if (!read.ok) throw new Error(read.detail);
    expect(read.root).toMatchObject({ name: 'a', attributes: { x: '1' }, line: 3 });
    expect(children(read.root, 'b').map((b) => [b.text, b.line])).toEqual([
      ['one', 4],
      ['two', 5],
    ]);
    expect(textOf(read.root, 'b')).toBe('one');
  });

  it('finds no children and no text under a missing element', () => {
    expect(children(undefined, 'b')).toEqual([]);
    expect(textOf(undefined, 'b')).toBeUndefined();
  });
});
