/**
 * How a person is named on screens and lists, as SQL: "last name first name". One definition, so the
 * search results, the to-print list, the intake duplicates and a case file's links all read alike.
 */

/** The display name of the persons row under `alias` (e.g. `p`), as an SQL expression. */
export function personDisplayNameSql(alias?: string): string {
  const prefix = alias === undefined ? '' : `${alias}.`;
  return `${prefix}last_name || ' ' || ${prefix}first_name`;
}
