/**
 * The rooms of the app, including those still being built: advisors see what is coming, but only
 * what works can be reached (the others are greyed out, out of the tab order, with a tooltip).
 */
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { caseFilePath, useShellStore } from './shell-store';
import { useSessionStore } from './session-store';
import { dashboardRoles, recoveryRoles, unmatchedQueueRoles } from '../../shared/contract/fixed-lists';

type NavItem = { id: string; label: string; to: string | null; disabledHint?: string; isSoon?: boolean };

export function SideNav() {
  const { t } = useTranslation();
  const lastCaseFile = useShellStore((state) => state.lastCaseFile);
  const role = useSessionStore((state) => state.session?.advisor.role);
  // Only the roles that follow recovery up see its overview.
  const isRecoveryRole = role !== undefined && (recoveryRoles as readonly string[]).includes(role);
  const isDashboardRole = role !== undefined && (dashboardRoles as readonly string[]).includes(role);
  const isQueueRole = role !== undefined && (unmatchedQueueRoles as readonly string[]).includes(role);
  const items: NavItem[] = [
    { id: 'search', label: t('nav.search'), to: '/' },
    {
      id: 'case-file',
      label: t('nav.caseFile'),
      to: lastCaseFile ? caseFilePath(lastCaseFile) : null,
      disabledHint: t('nav.caseFileHint'),
    },
    { id: 'affiliation-intake', label: t('nav.affiliationIntake'), to: '/intake' },
    { id: 'simulation', label: t('nav.simulation'), to: '/simulation' },
    {
      id: 'payment-plans',
      label: t('nav.paymentPlans'),
      to: lastCaseFile ? `${caseFilePath(lastCaseFile)}/payment-plan` : null,
      disabledHint: t('nav.caseFileHint'),
    },
    { id: 'letters', label: t('nav.letters'), to: '/letters' },
    { id: 'attestation-check', label: t('attestations.verify.nav'), to: '/attestations/verify' },
    { id: 'work-queue', label: t('workQueue.nav'), to: '/work-queue' },
    ...(isDashboardRole ? [{ id: 'dashboard', label: t('dashboard.nav'), to: '/dashboard' }] : []),
    ...(isRecoveryRole ? [{ id: 'recovery', label: t('recovery.overview.nav'), to: '/recovery' }] : []),
    ...(isQueueRole
      ? [{ id: 'unmatched-payments', label: t('unmatchedPayments.nav'), to: '/unmatched-payments' }]
      : []),
    { id: 'sync', label: t('nav.sync'), to: '/sync' },
    { id: 'settings', label: t('nav.settings'), to: '/settings' },
  ];
  return (
    <nav className="side-nav" aria-label={t('nav.label')}>
      <ul className="side-nav__list">
        {items.map((item) => (
          <li key={item.id} className={`side-nav__item side-nav__item--${item.id}`}>
            {item.to !== null ? (
              <NavLink to={item.to} end className="side-nav__link">
                <span className="side-nav__label">{item.label}</span>
              </NavLink>
            ) : (
              <span className="side-nav__link is-disabled" aria-disabled="true" title={item.disabledHint}>
                <span className="side-nav__label">{item.label}</span>
                {item.isSoon && <span className="side-nav__soon">{t('nav.soon')}</span>}
              </span>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
