/**
 * Finds known personal data (NISS, IBAN, family names) in log text, and says where and which kind,
 * never the value: the report of a leak must not be one more leak.
 *
 * Identifiers are matched in every way a person or a program writes them: NISS as 85073003361,
 * 85.07.30-033.61 or 850730 033 61; IBAN as BE48001123456727 or BE48 0011 2345 6727, in either case.
 * The text is cut into runs of letters and digits; runs joined by a single separator (space, dot,
 * hyphen, slash) are glued back and compared with the known values, so a NISS inside a longer number
 * (a timestamp, a port) is not one, and one printed in groups still is.
 *
 * Names are matched as whole words, ignoring case and accents (an e-mail address spells "Dupré" as
 * "dupre"), with any spacing between the words of a name with a particle ("Van  den Berghe").
 */
export type PersonalDataKind = 'niss' | 'iban' | 'name';

export type KnownPersonalData = {
  /** 11 digits, no separators. */
  niss: Iterable<string>;
  /** Compact, as stored (BE + 14 digits). */
  ibans: Iterable<string>;
  /** As the person writes it; only names with enough letters to be told from ordinary words (see MIN_NAME_LETTERS). */
  lastNames: Iterable<string>;
};

/** Where a datum was found: the 1-based line and the kind, never the datum. */
export type Finding = { line: number; kind: PersonalDataKind };

/**
 * Names of three letters or fewer ("Roy", "Vos" alone) are words or parts of identifiers often enough
 * to drown a report in false alarms; every family name the demo seeds has at least four letters.
 */
export const MIN_NAME_LETTERS = 4;

const SEPARATORS = new Set([' ', '.', '-', '/']);
const LONGEST_IDENTIFIER = 34; // the longest IBAN any country issues

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function letterCount(name: string): number {
  return (name.match(/\p{L}/gu) ?? []).length;
}

function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function isScannableName(name: string): boolean {
  return letterCount(name) >= MIN_NAME_LETTERS;
}

export type PersonalDataScanner = {
  /** Every finding in the text, by line; one per kind and line at most. */
  scan(text: string): Finding[];
};

export function createPersonalDataScanner(known: KnownPersonalData): PersonalDataScanner {
  const identifiers = new Map<string, PersonalDataKind>();
  for (const niss of known.niss) identifiers.set(niss.replace(/\D/g, ''), 'niss');
  for (const iban of known.ibans) identifiers.set(iban.replace(/[\s.-]/g, '').toUpperCase(), 'iban');

  const names = [...new Set([...known.lastNames].filter(isScannableName).map(fold))]
    // Longest first, so "van den berghe" wins over a shorter name it contains.
    .sort((a, b) => b.length - a.length)
    .map((name) => escapeForRegExp(name).replace(/\s+/g, '\\s+'));
  const namePattern =
    names.length === 0 ? null : new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'u');

  function identifierKinds(line: string): Set<PersonalDataKind> {
    const kinds = new Set<PersonalDataKind>();
    const runs = [...line.matchAll(/[A-Za-z0-9]+/g)].map((match) => ({
      text: match[0].toUpperCase(),
      start: match.index,
      end: match.index + match[0].length,
    }));
    for (let first = 0; first < runs.length; first++) {
      let glued = '';
      for (let next = first; next < runs.length; next++) {
        const run = runs[next] as (typeof runs)[number];
        if (next > first) {
          const previous = runs[next - 1] as (typeof runs)[number];
          const gap = line.slice(previous.end, run.start);
          if (gap.length !== 1 || !SEPARATORS.has(gap)) break;
        }
        glued += run.text;
        if (glued.length > LONGEST_IDENTIFIER) break;
        const kind = identifiers.get(glued);
        if (kind) kinds.add(kind);
      }
    }
    return kinds;
  }

  return {
    scan(text) {
      const findings: Finding[] = [];
      text.split(/\r?\n/).forEach((line, index) => {
        const kinds = identifierKinds(line);
        if (namePattern?.test(fold(line))) kinds.add('name');
        for (const kind of kinds) findings.push({ line: index + 1, kind });
      });
      return findings;
    },
  };
}
