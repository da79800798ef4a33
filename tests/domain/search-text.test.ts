import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compactForSearch, digitsOnly, looksLikeIdentifier, normalizeForSearch } from '../../shared/domain/search-text';

describe('search folding', () => {
  it('folds case, accents, ligature-like letters and punctuation', () => {
    expect(normalizeForSearch('  Dupré-LEFÈBVRE ')).toBe('dupre lefebvre');
    expect(normalizeForSearch("D'Hondt")).toBe('d hondt');
    expect(normalizeForSearch('Weiß Müller')).toBe('weiss muller');
    expect(normalizeForSearch('Van  den   Berghe')).toBe('van den berghe');
  });

  it('compacts particles so names typed in one word match', () => {
    expect(compactForSearch('Van den Berghe')).toBe('vandenberghe');
    expect(compactForSearch("L'Écuyer")).toBe('lecuyer');
  });

  it('keeps only digits of identifiers and recognises them as typed', () => {
    expect(digitsOnly('85.07.30-033.28')).toBe('85073003328');
    expect(looksLikeIdentifier('85.07.30-033.28')).toBe(true);
    expect(looksLikeIdentifier('BE 0123.456.749')).toBe(true);
    expect(looksLikeIdentifier('0123/456')).toBe(true);
    expect(looksLikeIdentifier('Dupont 12')).toBe(false);
    expect(looksLikeIdentifier('be')).toBe(false);
    expect(looksLikeIdentifier('...')).toBe(false);
  });

  it('is idempotent and never leaves upper case or double spaces', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const once = normalizeForSearch(text);
        expect(normalizeForSearch(once)).toBe(once);
        expect(once).not.toMatch(/ {2}|^ | $/);
        expect(once).toBe(once.toLowerCase());
      }),
    );
  });
});
