/**
 * French, the default and the fallback, is in the entry bundle; Dutch and German are separate chunks
 * loaded when chosen, so a French counter does not parse the two catalogues it never shows.
 */
import type { BackendModule } from 'i18next';
import type { Language } from '../../shared/contract/app-contract';
import type { Catalogue } from './catalogue-assemble';
import { catalogue as fr } from './catalogue-fr';

export const frenchCatalogue: Catalogue = fr;

export async function loadCatalogue(language: Language): Promise<Catalogue> {
  switch (language) {
    case 'fr':
      return fr;
    case 'nl':
      return (await import('./catalogue-nl')).catalogue;
    case 'de':
      return (await import('./catalogue-de')).catalogue;
  }
}

/** An i18next back end reading the catalogues above: `changeLanguage` waits for the chunk, so no text flashes. */
export const lazyCatalogues: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, callback) {
    loadCatalogue(language as Language).then(
      (catalogue) => callback(null, catalogue),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};
