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
] as const;
