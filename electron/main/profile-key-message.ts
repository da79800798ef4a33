/**
 * The text shown when the profile cannot be opened for want of its key, in the system's language
 * (French otherwise). It comes from the renderer's catalogue files, which the main process reads
 * because no window exists yet to show it; nothing personal in it.
 */
import de from '../../renderer/i18n/locales/profile-key/de.json';
import fr from '../../renderer/i18n/locales/profile-key/fr.json';
import nl from '../../renderer/i18n/locales/profile-key/nl.json';
import type { ProfileKeyProblem } from '../../db/profile-key-store';

const catalogues = { fr, nl, de } as const;

export function profileKeyMessage(problem: ProfileKeyProblem, locale: string): { title: string; text: string } {
  const language = locale.slice(0, 2).toLowerCase();
  const texts = (language === 'nl' || language === 'de' ? catalogues[language] : catalogues.fr).profileKey;
  return { title: texts.title, text: texts.errors[problem] };
}
