/**
 * The fund's identity as every letter prints it, and the facts its privacy mention and notice name.
 */
import type { FundIdentity } from '../fund-identity';
import type { Language } from '../letter-data';
import type { LetterTexts, PrivacyFacts } from '../texts/letter-texts';

/** The controller and where to reach its data protection officer, for the privacy mention and notice. */
export function privacyFacts(fund: FundIdentity, language: Language): PrivacyFacts {
  return {
    controller: `${fund.name} ${fund.legalForm[language]}`,
    address: fund.address[language].join(', '),
    dpoEmail: fund.privacy.dpoEmail,
    noticeUrl: fund.privacy.noticeUrl,
  };
}

/**
 * The fund's legal identity as Code des sociétés et des associations art. 2:20 wants it on every
 * document (name, legal form, enterprise number, register and court of the seat), with its approval.
 */
export function identityLines(fund: FundIdentity, texts: LetterTexts): string {
  const { language } = texts;
  return [
    `${texts.enterpriseNumber} ${fund.enterpriseNumber} · ${fund.registerMention[language]}`,
    fund.approval[language],
  ].join('\n');
}
