/** The values of the change-of-situation form, and the change they make for the contract. */
import type { CaseFileSummary, Language } from '../../../shared/contract/app-contract';
import type { SituationChangeInput } from '../../../shared/contract/channels/situation';
import type { CessationReason, ChangeableCategory, SituationChangeKind } from '../../../shared/domain/situation/types';

export type SituationValues = {
  kind: SituationChangeKind;
  effectiveDate: string;
  street: string;
  houseNumber: string;
  box: string;
  postalCode: string;
  municipality: string;
  email: string;
  phone: string;
  language: Language;
  category: ChangeableCategory;
  reason: CessationReason;
};

export function initialValues(summary: CaseFileSummary, today: string): SituationValues {
  const person = summary.person;
  return {
    kind: 'address',
    effectiveDate: today,
    street: '',
    houseNumber: '',
    box: '',
    postalCode: '',
    municipality: '',
    email: person?.email ?? '',
    phone: person?.phone ?? '',
    language: person?.language ?? 'fr',
    category: 'complementary',
    reason: 'cessation',
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

export function changeOf(values: SituationValues): SituationChangeInput {
  const effectiveDate = values.effectiveDate;
  switch (values.kind) {
    case 'address':
      return {
        kind: 'address',
        effectiveDate,
        street: values.street,
        houseNumber: values.houseNumber,
        box: orNull(values.box),
        postalCode: values.postalCode,
        municipality: values.municipality,
      };
    case 'contact':
      return {
        kind: 'contact',
        effectiveDate,
        email: orNull(values.email),
        phone: orNull(values.phone),
        language: values.language,
      };
    case 'category':
    case 'resumption':
      return { kind: values.kind, effectiveDate, category: values.category };
    case 'cessation':
      return { kind: 'cessation', effectiveDate, reason: values.reason };
  }
}
