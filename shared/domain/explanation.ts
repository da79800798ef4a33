import type { RuleValue } from '../rules/types';

/**
 * One step of a calculation, written for translation: the UI and the letters look up `messageKey`
 * in the FR/NL/DE catalogues and fill in `params`. Amounts in params are cents (names end in
 * `Cents`), rates are parts per million (names end in `Ppm`), dates are ISO strings.
 */
export type ExplanationParam = string | number | boolean;

export type ExplanationSource = {
  readonly citation: string;
  readonly confidence: RuleValue<unknown>['confidence'];
  readonly isConfirmed: boolean;
};

export type ExplanationLine = {
  readonly ruleKey: string;
  readonly messageKey: string;
  readonly params: Readonly<Record<string, ExplanationParam>>;
  readonly source: ExplanationSource | null;
};

/** An explanation line whose source is the rule value it used (or null for plain arithmetic). */
export function explain(
  ruleKey: string,
  messageKey: string,
  params: Record<string, ExplanationParam>,
  rule: RuleValue<unknown> | null,
): ExplanationLine {
  return {
    ruleKey,
    messageKey,
    params,
    source:
      rule === null ? null : { citation: rule.source, confidence: rule.confidence, isConfirmed: rule.isConfirmed },
  };
}

/** The error shape every domain function returns instead of throwing for an expected refusal. */
export type DomainError = {
  readonly code: string;
  readonly messageKey: string;
  readonly params: Readonly<Record<string, ExplanationParam>>;
};

export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: DomainError };

export function success<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function failure<T>(
  code: string,
  messageKey: string,
  params: Record<string, ExplanationParam> = {},
): Outcome<T> {
  return { ok: false, error: { code, messageKey, params } };
}
