/**
 * Translation keys that arrive from the services at run time (`error.messageKey`, validation issue
 * keys) rather than appearing as literals in our components. The i18n completeness test checks
 * each of them exists in every catalogue.
 */
export const serverMessageKeys = [
  'errors.validation',
  'errors.notFound',
  'errors.unknownChannel',
  'errors.unauthorized',
  'errors.forbidden',
  'errors.methodNotAllowed',
  'errors.internal',
  'errors.network',
  'errors.staleVersion',
  'errors.conflict',
  'errors.session.roleRequired',
  'validation.search.empty',
  'validation.search.tooLong',
  'validation.id',
  'validation.isoDate',
  // Zod's own issue codes, which the host maps to `validation.<code>` when a schema has no key.
  'validation.invalid_type',
  'validation.too_small',
  'validation.too_big',
  'validation.invalid_format',
  'validation.invalid_value',
  'validation.not_multiple_of',
  'validation.unrecognized_keys',
  'validation.invalid_union',
  'validation.invalid_key',
  'validation.invalid_element',
  'validation.custom',
  // Letters (electron/services/letters): refusals of a letter or a batch, and batch criteria.
  ...(['alreadyIssued', 'archiveAltered', 'archiveMissing', 'batchEmpty', 'batchNotCompleted', 'debtNotOverdue', 'kindNotAvailable', 'noAddress', 'noCommunication', 'noDecisionLetter',
    'noPayments', 'notDecided', 'nothingDue', 'nothingOverdue', 'period', 'planEmpty', 'planNotSigned', 'planRequired', 'renderFailed', 'requestRequired'] as const).map((key) => `letters.errors.${key}` as const),
  ...(['batchKind', 'branch', 'daysAfterDue', 'kind', 'year'] as const).map((key) => `letters.validation.${key}` as const),
] as const;
