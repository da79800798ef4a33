/** The rights panel's labels: one switch per fixed list of the contract, so a value added there is a compile error here. */
import type { TFunction } from 'i18next';
import type { LifeEventDto, RightApplicationDto, RightAssessmentDto } from '../../../shared/contract/channels/rights';
import { cents } from '../../../shared/domain/money';
import type { useFormat } from '../../i18n/use-format';

type Formatters = ReturnType<typeof useFormat>;

export function rightLabel(t: TFunction, right: RightAssessmentDto['right']): string {
  switch (right) {
    case 'bridging-right':
      return t('rightsPanel.right.bridgingRight');
    case 'maternity-aid':
      return t('rightsPanel.right.maternityAid');
    case 'illness-assimilation':
      return t('rightsPanel.right.illnessAssimilation');
    case 'continued-insurance':
      return t('rightsPanel.right.continuedInsurance');
    case 'pension-information':
      return t('rightsPanel.right.pensionInformation');
  }
}

export function eventLabel(t: TFunction, kind: LifeEventDto['kind']): string {
  switch (kind) {
    case 'birth':
      return t('rightsPanel.event.birth');
    case 'adoption':
      return t('rightsPanel.event.adoption');
    case 'bankruptcy':
      return t('rightsPanel.event.bankruptcy');
    case 'cessation':
      return t('rightsPanel.event.cessation');
    case 'incapacity':
      return t('rightsPanel.event.incapacity');
    case 'incapacity-end':
      return t('rightsPanel.event.incapacityEnd');
    case 'pension-age':
      return t('rightsPanel.event.pensionAge');
  }
}

export function groundLabel(t: TFunction, ground: NonNullable<LifeEventDto['cessationGround']>): string {
  switch (ground) {
    case 'forced':
      return t('rightsPanel.ground.forced');
    case 'economic':
      return t('rightsPanel.ground.economic');
    case 'voluntary':
      return t('rightsPanel.ground.voluntary');
  }
}

export function statusLabel(t: TFunction, status: RightAssessmentDto['status']): string {
  switch (status) {
    case 'eligible':
      return t('rightsPanel.status.eligible');
    case 'not-eligible':
      return t('rightsPanel.status.notEligible');
    case 'to-check':
      return t('rightsPanel.status.toCheck');
  }
}

export function applicationLabel(t: TFunction, status: RightApplicationDto['status']): string {
  switch (status) {
    case 'filed':
      return t('rightsPanel.application.filed');
    case 'documents-requested':
      return t('rightsPanel.application.documentsRequested');
    case 'granted':
      return t('rightsPanel.application.granted');
    case 'refused':
      return t('rightsPanel.application.refused');
  }
}

export function amountText(t: TFunction, format: Formatters, amount: RightAssessmentDto['amount']): string {
  if (amount === null) return t('rightsPanel.amount.none');
  switch (amount.kind) {
    case 'monthly-benefit':
      return t('rightsPanel.amount.monthly', {
        amount: format.money(cents(amount.monthlyCents)),
        months: amount.months,
      });
    case 'service-vouchers':
      return t('rightsPanel.amount.vouchers', {
        count: amount.count,
        from: format.date(amount.usableFrom),
        until: format.date(amount.usableUntil),
      });
    case 'quarterly-contribution':
      return t('rightsPanel.amount.quarterly', { amount: format.money(cents(amount.quarterlyCents)) });
    case 'assimilated-quarters':
      return t('rightsPanel.amount.quarters', { quarters: amount.quarters.join(', ') });
  }
}
