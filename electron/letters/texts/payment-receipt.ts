/**
 * The wording of the payment receipt, apart from fr.ts / nl.ts / de.ts so the receipt can change
 * without touching the other kinds. The allocation order is the fund's (PAYMENT_ALLOCATION_ORDER:
 * designated debt, then the oldest due, as the Civil Code's imputation of payments has it).
 */
import type { Cents } from '../../../shared/domain/money';
import type { Language, PaymentReceiptData } from '../letter-data';
import { formatAmount, formatLongDate } from '../print-format';
import type { KindTexts } from './letter-texts';

function balanceSentence(language: Language, balance: Cents): string {
  const euros = formatAmount((balance < 0 ? -balance : balance) as Cents, language);
  if (language === 'fr')
    return balance > 0
      ? `Après ce paiement, le solde encore dû sur votre compte s’élève à ${euros}.`
      : balance < 0
        ? `Après ce paiement, votre compte présente un crédit de ${euros}, imputé sur vos prochaines cotisations.`
        : 'Après ce paiement, votre compte est en ordre.';
  if (language === 'nl')
    return balance > 0
      ? `Na deze betaling bedraagt het saldo dat nog verschuldigd is op uw rekening ${euros}.`
      : balance < 0
        ? `Na deze betaling heeft uw rekening een tegoed van ${euros}, dat op uw volgende bijdragen wordt aangerekend.`
        : 'Na deze betaling is uw rekening in orde.';
  return balance > 0
    ? `Nach dieser Zahlung beträgt der auf Ihrem Konto noch geschuldete Saldo ${euros}.`
    : balance < 0
      ? `Nach dieser Zahlung weist Ihr Konto ein Guthaben von ${euros} auf, das auf Ihre nächsten Beiträge angerechnet wird.`
      : 'Nach dieser Zahlung ist Ihr Konto ausgeglichen.';
}

export const paymentReceiptTexts: Readonly<Record<Language, KindTexts<PaymentReceiptData>>> = {
  fr: {
    subject: (d) => `Reçu de votre paiement du ${formatLongDate(d.paymentDate, 'fr')}`,
    body: (d) => [
      `Nous avons bien reçu à notre guichet, le ${formatLongDate(d.paymentDate, 'fr')}, un paiement de ${formatAmount(d.amount, 'fr')}${d.communication ? ` avec la communication structurée ${d.communication}` : ''}. Il a été imputé comme suit : d’abord la dette que vous avez désignée, ensuite les cotisations échues, de la plus ancienne à la plus récente, puis les majorations.`,
      balanceSentence('fr', d.balanceAfter),
      'Conservez ce reçu : il fait foi de votre paiement.',
    ],
  },
  nl: {
    subject: (d) => `Ontvangstbewijs van uw betaling van ${formatLongDate(d.paymentDate, 'nl')}`,
    body: (d) => [
      `Wij hebben op ${formatLongDate(d.paymentDate, 'nl')} aan ons loket een betaling van ${formatAmount(d.amount, 'nl')} ontvangen${d.communication ? ` met de gestructureerde mededeling ${d.communication}` : ''}. Ze werd als volgt aangerekend: eerst op de schuld die u aanwees, daarna op de vervallen bijdragen, van de oudste tot de recentste, en vervolgens op de verhogingen.`,
      balanceSentence('nl', d.balanceAfter),
      'Bewaar dit ontvangstbewijs: het geldt als bewijs van uw betaling.',
    ],
  },
  de: {
    subject: (d) => `Quittung über Ihre Zahlung vom ${formatLongDate(d.paymentDate, 'de')}`,
    body: (d) => [
      `Wir haben am ${formatLongDate(d.paymentDate, 'de')} an unserem Schalter eine Zahlung von ${formatAmount(d.amount, 'de')} erhalten${d.communication ? ` mit der strukturierten Mitteilung ${d.communication}` : ''}. Sie wurde wie folgt angerechnet: zuerst auf die von Ihnen bezeichnete Schuld, danach auf die fälligen Beiträge, von der ältesten bis zur jüngsten, und anschließend auf die Erhöhungen.`,
      balanceSentence('de', d.balanceAfter),
      'Bewahren Sie diese Quittung auf: Sie gilt als Nachweis Ihrer Zahlung.',
    ],
  },
};
