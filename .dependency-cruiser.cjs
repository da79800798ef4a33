/**
 * The layering of the style guide, checked on every `npm test` (errors, not warnings):
 * a pure core in shared/, an imperative shell around it, and features that do not lean on each other.
 */
const nodeBuiltins = { dependencyTypes: ['core'] };

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^(shared|db|electron|renderer|server)/' },
      to: { circular: true },
    },
    {
      name: 'shared-is-pure',
      comment: 'shared/ is runtime-agnostic: no shell folder, no Node built-in.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^(db|electron|renderer|server|tests)/' },
    },
    {
      name: 'shared-no-node',
      severity: 'error',
      from: { path: '^shared/' },
      to: nodeBuiltins,
    },
    {
      name: 'shared-domain-no-packages',
      comment: 'The rules need no library; contracts may use zod.',
      severity: 'error',
      from: { path: '^shared/(domain|rules)/' },
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer'] },
    },
    {
      name: 'db-below-services',
      severity: 'error',
      from: { path: '^db/' },
      to: { path: '^(electron|renderer|server|tests)/' },
    },
    {
      name: 'services-below-hosts',
      severity: 'error',
      from: { path: '^electron/(services|letters|cli)/' },
      to: { path: '^(electron/(main|hosts|preload)|renderer|server)/' },
    },
    {
      name: 'electron-module-only-in-shell',
      comment: 'Only the Electron shell and the preload may load electron: services run in plain Node too.',
      severity: 'error',
      from: { pathNot: '^electron/(main|preload)/' },
      to: { path: '^node_modules/electron/' },
    },
    {
      name: 'preload-only-contract',
      severity: 'error',
      from: { path: '^electron/preload/' },
      to: { pathNot: '^(shared/contract/|node_modules/electron/)' },
    },
    {
      name: 'preload-no-schemas',
      comment:
        'The sandboxed preload bundles what it loads: channel names (generated, see scripts/generate-channel-names.ts) and the API builder, never the zod schemas. Types may come from anywhere in the contract: they are erased.',
      severity: 'error',
      from: { path: '^electron/preload/' },
      to: {
        path: '^shared/contract/',
        pathNot: '^shared/contract/(channel-names|client)[.]ts$',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'renderer-no-shell',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^(db|electron|server)/' },
    },
    {
      name: 'renderer-no-node',
      severity: 'error',
      from: { path: '^renderer/' },
      to: nodeBuiltins,
    },
    {
      name: 'feature-isolation',
      comment: 'features/X does not import features/Y: lift what both need to ui/, app/ or shared/.',
      severity: 'error',
      from: { path: '^renderer/features/([^/]+)/' },
      to: { path: '^renderer/features/([^/]+)/', pathNot: '^renderer/features/$1/' },
    },
    {
      name: 'server-own-schema',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^(db|electron|renderer)/' },
    },
    {
      name: 'no-db-drivers-outside-shell',
      severity: 'error',
      from: { path: '^(shared|renderer)/' },
      to: { path: '^node_modules/(better-sqlite3|drizzle-orm|pg|pdfmake|@electric-sql)/' },
    },
    {
      name: 'sql-only-in-db',
      comment:
        'Repositories in db/ are the only data access on the device (README, Local database): only db/ and server/ (head office, its own PostgreSQL schema) load better-sqlite3 or drizzle-orm. Elsewhere a type import is fine: a connection handed to a repository, erased at build.',
      severity: 'error',
      from: { pathNot: '^(db|server)/|(^|/)node_modules/' },
      to: { path: '(^|/)node_modules/(better-sqlite3|drizzle-orm)/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'postgres-only-in-server',
      comment: 'PostgreSQL (pg, PGlite) is head office: only server/ loads it.',
      severity: 'error',
      from: { pathNot: '^server/|(^|/)node_modules/' },
      to: { path: '(^|/)node_modules/(pg|@electric-sql)/', dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(out|dist|coverage|node_modules)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.depcruise.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
