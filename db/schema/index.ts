export { branches } from './branches';
export { advisors, advisorRoles } from './advisors';
export { persons } from './persons';
export { companies, balanceSheetClasses } from './companies';
export { addresses } from './addresses';
export { affiliations } from './affiliations';
export { outbox } from './outbox';
export { settings } from './settings';
export { syncState, syncRowState, syncOutboxBase, syncRejections, syncConflicts } from './sync';
