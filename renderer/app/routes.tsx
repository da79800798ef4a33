/**
 * The route table, shared by the app (hash router: the page is a file served under app:// or the
 * loopback host, so the path part of the URL must never change) and by tests (memory router).
 */
import { createHashRouter, type RouteObject } from 'react-router';
import { AttestationsPage } from '../features/attestations/AttestationsPage';
import { AttestationVerifyPage } from '../features/attestations/AttestationVerifyPage';
import { CaseFilePage } from '../features/case-file/CaseFilePage';
import { IntakeStartPage } from '../features/intake/IntakeStartPage';
import { IntakeWizardPage } from '../features/intake/IntakeWizardPage';
import { BatchPage } from '../features/letters/BatchPage';
import { LettersPage } from '../features/letters/LettersPage';
import { PaymentPlanPage } from '../features/payment-plan/PaymentPlanPage';
import { SituationPage } from '../features/situation/SituationPage';
import { RecoveryPage } from '../features/recovery/RecoveryPage';
import { RecoveryOverviewPage } from '../features/recovery/RecoveryOverviewPage';
import { SearchPage } from '../features/search/SearchPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { SimulationPage } from '../features/simulation/SimulationPage';
import { ConflictsPage } from '../features/sync/ConflictsPage';
import { SyncPage } from '../features/sync/SyncPage';
import { WorkQueuePage } from '../features/work-queue/WorkQueuePage';
import { UnmatchedPaymentsPage } from '../features/unmatched-payments/UnmatchedPaymentsPage';
import { AppShell } from './AppShell';
import { NotFoundPage } from './NotFoundPage';
import { RouteError } from './RouteError';

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
      { path: 'work-queue', element: <WorkQueuePage /> },
      { path: 'unmatched-payments', element: <UnmatchedPaymentsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export type AppRouter = ReturnType<typeof createHashRouter>;

export function createAppRouter(): AppRouter {
  return createHashRouter(routes);
}
