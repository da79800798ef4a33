import { buildEpcPayload } from '../../../shared/domain/identifiers/epc-qr';
import { formatEnterpriseNumber, parseEnterpriseNumber } from '../../../shared/domain/identifiers/enterprise-number';
import { formatIban, parseIban } from '../../../shared/domain/identifiers/iban';
import { formatNiss, parseNiss } from '../../../shared/domain/identifiers/niss';
import type { ParseResult } from '../../../shared/domain/identifiers/result';
import {
  formatStructuredCommunication,
  makeStructuredCommunication,
  parseStructuredCommunication,
} from '../../../shared/domain/identifiers/structured-communication';
import { formatEuros } from '../../../shared/domain/money';
import { CliError, eurosOption, parseOptions, requireOption, stringOption } from '../args';
import { money } from '../output';
import type { Output } from '../output';

export const CHECK_USAGE = 'check niss|bce|iban|ogm VALUE [--json]';
export const OGM_USAGE = 'ogm --reference 123456 [--json]';
export const EPC_USAGE =
  'epc --iban BE.. --amount 871.71 --name "Caisse" [--ogm +++…+++ | --text "…"] [--bic GEBABEBB] [--json]';

type Described =
  | { readonly ok: true; readonly value: unknown; readonly text: string }
  | { readonly ok: false; readonly error: { code: string; messageKey: string } };

function described<T>(result: ParseResult<T>, describe: (value: T) => string): Described {
  return result.ok ? { ok: true, value: result.value, text: describe(result.value) } : result;
}

const CHECKS: Record<string, { readonly label: string; readonly run: (value: string) => Described }> = {
  niss: {
    label: 'NISS',
    run: (value) =>
      described(
        parseNiss(value),
        (info) =>
          `${formatNiss(info.niss)}${info.isBis ? ' (BIS number)' : ''}, birth date ${info.birthDate ?? 'unknown'}, sex ${info.sex ?? 'unknown'}`,
      ),
  },
  bce: { label: 'enterprise number', run: (value) => described(parseEnterpriseNumber(value), formatEnterpriseNumber) },
  iban: {
    label: 'IBAN',
    run: (value) =>
      described(
        parseIban(value),
        (info) =>
          `${formatIban(info.iban)}${info.bic === undefined ? '' : `, BIC ${info.bic}`}${info.bankName === undefined ? '' : ` (${info.bankName})`}`,
      ),
  },
  ogm: {
    label: 'structured communication',
    run: (value) => described(parseStructuredCommunication(value), formatStructuredCommunication),
  },
};

/**
 * `check KIND VALUE`: a valid value prints its normal form (exit 0); an invalid one is invalid input
 * (exit 2). With --json the reply `{ ok, value | error }` is printed on stdout in both cases.
 */
export function checkCommand(args: readonly string[]): Output {
  const { values, positionals } = parseOptions(args, {}, 2);
  const [kind, value] = positionals;
  const check = kind === undefined ? undefined : CHECKS[kind];
  if (check === undefined)
    throw new CliError(`check: the first argument must be one of ${Object.keys(CHECKS).join(', ')}`);
  if (value === undefined) throw new CliError(`check ${kind}: the value to check is missing`);
  const result = check.run(value);
  if (!result.ok) {
    const reply = { command: 'check', kind, input: value, ok: false, error: result.error };
    throw new CliError(
      `check ${kind}: invalid ${check.label} '${value}': ${result.error.code} [${result.error.messageKey}]`,
      values.json === true ? reply : undefined,
    );
  }
  return {
    json: { command: 'check', kind, input: value, ok: true, value: result.value, formatted: result.text },
    text: [`valid ${check.label}: ${result.text}`],
  };
}

export function ogmCommand(args: readonly string[]): Output {
  const { values } = parseOptions(args, { reference: { type: 'string' } });
  const reference = requireOption(values, 'reference');
  if (!/^\d{1,10}$/.test(reference)) throw new CliError(`ogm: --reference must be 1 to 10 digits, got '${reference}'`);
  const communication = makeStructuredCommunication(reference);
  return { json: { command: 'ogm', reference, structuredCommunication: communication }, text: [communication] };
}

export function epcCommand(args: readonly string[]): Output {
  const { values } = parseOptions(args, {
    iban: { type: 'string' },
    amount: { type: 'string' },
    name: { type: 'string' },
    ogm: { type: 'string' },
    text: { type: 'string' },
    bic: { type: 'string' },
  });
  const amount = eurosOption(values, 'amount');
  if (amount === undefined) throw new CliError('epc: --amount is required');
  const structuredCommunication = stringOption(values, 'ogm');
  const remittanceText = stringOption(values, 'text');
  const bic = stringOption(values, 'bic');
  const result = buildEpcPayload({
    name: requireOption(values, 'name'),
    iban: requireOption(values, 'iban'),
    amount,
    ...(structuredCommunication === undefined ? {} : { structuredCommunication }),
    ...(remittanceText === undefined ? {} : { remittanceText }),
    ...(bic === undefined ? {} : { bic }),
  });
  if (!result.ok) throw new CliError(`epc: ${result.error.code} [${result.error.messageKey}]`);
  return {
    json: { command: 'epc', amount: money(amount), payload: result.value, lines: result.value.split('\n') },
    text: [
      `EPC QR payload for ${formatEuros(amount)} (${Buffer.byteLength(result.value, 'utf8')} bytes):`,
      result.value,
    ],
  };
}
