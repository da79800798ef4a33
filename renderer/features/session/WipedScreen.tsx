/**
 * What an erased device shows instead of anything else: head office had its data erased (a laptop
 * reported lost or stolen), when, whether head office heard back, and what to do with it now.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/contract/app-contract';
import { useFormat } from '../../i18n/use-format';
import './session.css';

type Wiped = NonNullable<AppInfo['wiped']>;

function instantText(iso: string, language: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '—';
  return new Intl.DateTimeFormat(`${language}-BE`, { dateStyle: 'long', timeStyle: 'short' }).format(at);
}

export function WipedScreen({ wiped }: { wiped: Wiped }) {
  const { t } = useTranslation();
  const format = useFormat();
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => titleRef.current?.focus(), []);
  return (
    <main className="session-screen" aria-labelledby="wiped-title">
      <section className="card session-screen__card" role="alert">
        <h1 id="wiped-title" ref={titleRef} tabIndex={-1} className="page-title">
          {t('sync.wiped.title')}
        </h1>
        <p>{t('sync.wiped.body', { date: instantText(wiped.wipedAt, format.language) })}</p>
        <p className="session-screen__intro">
          {wiped.confirmedAt === null ? t('sync.wiped.notConfirmed') : t('sync.wiped.confirmed')}
        </p>
        <p>{t('sync.wiped.what')}</p>
      </section>
    </main>
  );
}
