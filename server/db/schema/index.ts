export { devices, enrolmentCodes, assignments } from './devices';
export { syncSeq, syncRows, mutations, conflicts, evictions } from './sync';
export { statementFiles, statementMovements, importedStatements } from './statements';
export { accessLog } from './access-log';
export { reportAffiliations, reportContributions } from './reports';
