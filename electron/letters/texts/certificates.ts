import type { Language } from '../letter-data';
import { certificatesDe } from './certificates-de';
import { certificatesFr } from './certificates-fr';
import { certificatesNl } from './certificates-nl';
import type { CertificateTexts } from './certificate-texts';

const texts: Readonly<Record<Language, CertificateTexts>> = {
  fr: certificatesFr,
  nl: certificatesNl,
  de: certificatesDe,
};

export function certificateTextsFor(language: Language): CertificateTexts {
  return texts[language];
}
