/**
 * What a saved draft means: its issues (every step visited, validated), the consequences of the
 * chosen category and start date, and a label. Recomputed on every read, never stored, so a rule
 * change or a person created meanwhile shows at once.
 */
import type Database from 'better-sqlite3';
import { intakeFormsSchema, type IntakeDraftDto, type IntakeForms } from '../../../shared/contract/channels/intake';
import { parseIsoDate, toIsoDate } from '../../../shared/domain/calendar';
import type { ContributionCategory } from '../../../shared/domain/contribution/types';
import { parseEnterpriseNumber } from '../../../shared/domain/identifiers/enterprise-number';
import { parseNiss } from '../../../shared/domain/identifiers/niss';
import { intakeConsequences } from '../../../shared/domain/intake/consequences';
import {
  validateActivity,
  validateCompany,
  validateDirectors,
  validateIdentity,
  validateMandates,
  validateSpouse,
  type IntakeIssue,
} from '../../../shared/domain/intake/validate';
import { lookupRulesFor } from '../../../shared/rules';
import type { DraftRow } from '../../../db/repositories/case-file-repo';
import { companyIdByNumber, personIdByNiss } from '../../../db/repositories/intake-read';
import { FUND_FEE } from '../fund-settings';

export function formsOf(row: DraftRow): IntakeForms {
  return intakeFormsSchema.parse(row.forms);
}

export function draftIssues(
  sqlite: Database.Database,
  kind: 'person' | 'company',
  forms: IntakeForms,
  today: string,
): IntakeIssue[] {
  if (kind === 'company') {
    const issues: IntakeIssue[] = [];
    if (forms.company === null) issues.push({ path: 'company', messageKey: 'validation.intake.stepMissing' });
    else issues.push(...validateCompany(forms.company));
    const known = new Set<string>();
    for (const director of forms.directors?.directors ?? []) {
      const niss = parseNiss(director.niss);
      if (niss.ok && personIdByNiss(sqlite, niss.value.niss) !== undefined) known.add(niss.value.niss);
    }
    issues.push(...validateDirectors(forms.directors?.directors ?? [], known));
    return issues;
  }
  const issues: IntakeIssue[] = [];
  if (forms.identity === null) issues.push({ path: 'identity', messageKey: 'validation.intake.stepMissing' });
  else issues.push(...validateIdentity(forms.identity));
  const birthDate = forms.identity ? parseIsoDate(forms.identity.birthDate) : undefined;
  if (forms.activity === null) issues.push({ path: 'activity', messageKey: 'validation.intake.stepMissing' });
  else issues.push(...validateActivity(forms.activity, today, birthDate), ...ruleYearIssues(forms.activity));
  const category = forms.activity?.category ?? '';
  const spouse = forms.spouse ?? { hasPartner: false, relation: '' as const, partnerNiss: '' };
  issues.push(...validateSpouse(spouse, category, forms.identity?.niss ?? ''));
  if (spouse.hasPartner) {
    const partner = parseNiss(spouse.partnerNiss);
    if (partner.ok && personIdByNiss(sqlite, partner.value.niss) === undefined)
      issues.push({ path: 'spouse.partnerNiss', messageKey: 'validation.intake.partnerUnknown' });
  }
  const mandates = forms.mandates?.mandates ?? [];
  const known = new Set<string>();
  for (const mandate of mandates) {
    const number = parseEnterpriseNumber(mandate.enterpriseNumber);
    if (number.ok && companyIdByNumber(sqlite, number.value) !== undefined) known.add(number.value);
  }
  issues.push(...validateMandates(mandates, known));
  return issues;
}

/** Completing would compute contributions of the start year: refused while that year has no rule table. */
function ruleYearIssues(activity: NonNullable<IntakeForms['activity']>): IntakeIssue[] {
  const start = parseIsoDate(activity.startDate);
  if (start === undefined || lookupRulesFor(start).ok) return [];
  return [{ path: 'activity.startDate', messageKey: 'validation.intake.rulesYearMissing' }];
}

export function draftConsequences(forms: IntakeForms, today: string): IntakeDraftDto['consequences'] {
  const activity = forms.activity;
  if (activity === null || activity.category === '') return [];
  const start = parseIsoDate(activity.startDate);
  if (start === undefined) return [];
  const rules = lookupRulesFor(start);
  // Without the figures of the start year there are no consequences to show, only the reason.
  if (!rules.ok)
    return [
      {
        ruleKey: rules.error.code,
        messageKey: rules.error.messageKey,
        params: { ...rules.error.params },
        source: null,
      },
    ];
  return intakeConsequences(
    {
      category: activity.category as ContributionCategory,
      startDate: start,
      isPrimoStarter: activity.isPrimoStarter,
      estimatedIncome: activity.estimatedIncomeCents,
      today: toIsoDate(today),
      fees: FUND_FEE,
    },
    rules.value,
  ).map((line) => ({ ...line, params: { ...line.params }, source: line.source === null ? null : { ...line.source } }));
}

export function draftLabel(kind: 'person' | 'company', forms: IntakeForms, identifier: string): string {
  if (kind === 'company') return forms.company?.name.trim() || identifier;
  const name = `${forms.identity?.lastName ?? ''} ${forms.identity?.firstName ?? ''}`.trim();
  return name || identifier;
}

export function draftDto(sqlite: Database.Database, row: DraftRow, today: string): IntakeDraftDto {
  const forms = formsOf(row);
  return {
    id: row.id,
    kind: row.kind,
    step: row.step as IntakeDraftDto['step'],
    forms,
    issues: row.status === 'open' ? draftIssues(sqlite, row.kind, forms, today) : [],
    consequences: draftConsequences(forms, today),
    status: row.status,
    label: draftLabel(row.kind, forms, row.identifier),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    advisorId: row.advisorId,
    rowVersion: row.rowVersion,
  };
}
