/**
 * Folding of names for search: case, accents and punctuation do not matter to a person typing a
 * name at the counter ("Dupré", "dupre", "DUPRE" and "Du-Pré" are the same search).
 */
export function normalizeForSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The same fold without spaces, so "vandenberghe" finds "Van den Berghe". */
export function compactForSearch(text: string): string {
  return normalizeForSearch(text).replace(/ /g, '');
}

/** Digits only, for identifiers typed with dots, dashes, slashes or spaces ("85.07.30-033.28"). */
export function digitsOnly(text: string): string {
  return text.replace(/\D+/g, '');
}

/** True when the text is an identifier being typed: digits and their usual separators, optional BE prefix. */
export function looksLikeIdentifier(text: string): boolean {
  return /^\s*(?:be)?[\d\s./-]*\d[\d\s./-]*$/i.test(text);
}
