import type { Language } from '../letter-data';
import { de } from './de';
import { fr } from './fr';
import type { LetterTexts } from './letter-texts';
import { nl } from './nl';

const texts: Readonly<Record<Language, LetterTexts>> = { fr, nl, de };

export function textsFor(language: Language): LetterTexts {
  return texts[language];
}
