/**
 * The three catalogues together, for the checks that compare them (completeness, plural forms). The
 * app itself bundles only French and loads another language when it is chosen (catalogue-loader.ts).
 */
import type { Language } from '../../shared/contract/app-contract';
import type { Catalogue } from './catalogue-assemble';
import { catalogue as de } from './catalogue-de';
import { catalogue as fr } from './catalogue-fr';
import { catalogue as nl } from './catalogue-nl';

export type { Catalogue } from './catalogue-assemble';

export const catalogues: Record<Language, Catalogue> = { fr, nl, de };
