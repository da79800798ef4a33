/**
 * What every attestation ends with: the closing formula, the verification code (or, on a preview,
 * why there is none yet), then the usual explanation line and signature.
 */
import type { Verifiable } from '../certificate-data';
import type { FundIdentity } from '../fund-identity';
import type { Content, ContentNode } from '../render/document-definition';
import type { CertificateTexts } from '../texts/certificate-texts';
import type { LetterTexts } from '../texts/letter-texts';
import { closing, paragraphs } from './blocks';

export function verificationBlock(data: Verifiable, certificates: CertificateTexts, fund: FundIdentity): ContentNode {
  const text =
    data.verificationCode === undefined
      ? certificates.previewWithoutCode
      : certificates.verification(data.verificationCode, fund.phone);
  return {
    unbreakable: true,
    table: { widths: ['*'], body: [[{ text, fontSize: 9, margin: [4, 4, 4, 4] }]] },
    layout: 'headerLineOnly',
    margin: [0, 6, 0, 8],
  };
}

export function certificateEnd(
  data: Verifiable & { advisorName: string },
  texts: LetterTexts,
  certificates: CertificateTexts,
  fund: FundIdentity,
): Content[] {
  return [
    ...paragraphs(certificates.closingFormula),
    verificationBlock(data, certificates, fund),
    ...closing(texts, fund, data.advisorName),
  ];
}
