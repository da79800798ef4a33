/**
 * The contact a letter names: the advisor who handles the file, or the team responsible in the
 * letter's language (Charte de l'assuré social art. 14, 6°: where to get explanations), never a role code.
 */
import type { LetterHeader } from '../letter-data';
import type { LetterTexts } from '../texts/letter-texts';

export type PrintedContact = { label: string; inSentence: string };

/** The header's contact; a header without one (recorded before contacts existed) names its advisor. */
export function contactOf(header: Pick<LetterHeader, 'advisorName' | 'contact'>, texts: LetterTexts): PrintedContact {
  const contact = header.contact ?? { kind: 'advisor' as const, name: header.advisorName };
  if (contact.kind === 'team') return texts.teams[contact.team];
  return { label: contact.name, inSentence: contact.name };
}
