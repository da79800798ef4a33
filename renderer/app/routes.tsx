/**
 * The route table, shared by the app (hash router: the page is a file served under app:// or the
 * loopback host, so the path part of the URL must never change) and by tests (memory router).
 */
import { createHashRouter, type RouteObject } from 'react-router';
import { lazyPage } from './lazy-page';
import { SearchPage } from '../features/search/SearchPage';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';
import { RouteError } from './RouteError';

// Every page but search is fetched when first shown (lazy-page.ts).
const AttestationsPage = lazyPage(() =>
  import('../features/attestations/AttestationsPage').then((module) => module.AttestationsPage),
);
const AttestationVerifyPage = lazyPage(() =>
  import('../features/attestations/AttestationVerifyPage').then((module) => module.AttestationVerifyPage),
);
const CaseFilePage = lazyPage(() => import('../features/case-file/CaseFilePage').then((module) => module.CaseFilePage));
const IntakeStartPage = lazyPage(() =>
  import('../features/intake/IntakeStartPage').then((module) => module.IntakeStartPage),
);
const IntakeWizardPage = lazyPage(() =>
  import('../features/intake/IntakeWizardPage').then((module) => module.IntakeWizardPage),
);
const BatchPage = lazyPage(() => import('../features/letters/BatchPage').then((module) => module.BatchPage));
const LettersPage = lazyPage(() => import('../features/letters/LettersPage').then((module) => module.LettersPage));
const PaymentPlanPage = lazyPage(() =>
  import('../features/payment-plan/PaymentPlanPage').then((module) => module.PaymentPlanPage),
);
const SituationPage = lazyPage(() =>
  import('../features/situation/SituationPage').then((module) => module.SituationPage),
);
const RecoveryPage = lazyPage(() => import('../features/recovery/RecoveryPage').then((module) => module.RecoveryPage));
const RecoveryOverviewPage = lazyPage(() =>
  import('../features/recovery/RecoveryOverviewPage').then((module) => module.RecoveryOverviewPage),
);
const SettingsPage = lazyPage(() => import('../features/settings/SettingsPage').then((module) => module.SettingsPage));
const SimulationPage = lazyPage(() =>
  import('../features/simulation/SimulationPage').then((module) => module.SimulationPage),
);
const ConflictsPage = lazyPage(() => import('../features/sync/ConflictsPage').then((module) => module.ConflictsPage));
const StoragePage = lazyPage(() => import('../features/sync/StoragePage').then((module) => module.StoragePage));
const SyncPage = lazyPage(() => import('../features/sync/SyncPage').then((module) => module.SyncPage));
const DashboardPage = lazyPage(() =>
  import('../features/dashboard/DashboardPage').then((module) => module.DashboardPage),
);
const WorkQueuePage = lazyPage(() =>
  import('../features/work-queue/WorkQueuePage').then((module) => module.WorkQueuePage),
);
const UnmatchedPaymentsPage = lazyPage(() =>
  import('../features/unmatched-payments/UnmatchedPaymentsPage').then((module) => module.UnmatchedPaymentsPage),
);

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    errorElement: <RouteError />,
    children: [
      { index: true, element: <SearchPage /> },
      { path: 'case-files/:kind/:id', element: <CaseFilePage /> },
      { path: 'case-files/:kind/:id/simulation', element: <SimulationPage /> },
      { path: 'case-files/:kind/:id/payment-plan', element: <PaymentPlanPage /> },
      { path: 'case-files/:kind/:id/attestations', element: <AttestationsPage /> },
      { path: 'attestations/verify', element: <AttestationVerifyPage /> },
      { path: 'case-files/person/:id/situation', element: <SituationPage /> },
      { path: 'case-files/:kind/:id/recovery', element: <RecoveryPage /> },
      { path: 'recovery', element: <RecoveryOverviewPage /> },
      { path: 'simulation', element: <SimulationPage /> },
      { path: 'intake', element: <IntakeStartPage /> },
      { path: 'intake/:draftId', element: <IntakeWizardPage /> },
      { path: 'letters', element: <LettersPage /> },
      { path: 'letters/batches', element: <BatchPage /> },
      { path: 'settings', element: <SettingsPage /> },
      { path: 'sync', element: <SyncPage /> },
      { path: 'sync/conflicts', element: <ConflictsPage /> },
      { path: 'sync/storage', element: <StoragePage /> },
      { path: 'work-queue', element: <WorkQueuePage /> },
      { path: 'dashboard', element: <DashboardPage /> },
      { path: 'unmatched-payments', element: <UnmatchedPaymentsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export type AppRouter = ReturnType<typeof createHashRouter>;

export function createAppRouter(): AppRouter {
  return createHashRouter(routes);
}
