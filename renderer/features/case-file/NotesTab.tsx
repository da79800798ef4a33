/**
 * Interactions with the person, newest first, and the note of a contact (visit, phone, e-mail,
 * letter: the advisor picks the channel, the list shows it): the form is at the top, Enter in the subject saves (Ctrl+Enter from the text), Escape clears it.
 */
import { useState, type KeyboardEvent } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { CaseFileDetail, InteractionRow } from '../../../shared/contract/channels/case-file-detail';
import type { ContractError } from '../../../shared/contract/errors';
import { useApi } from '../../api/ApiProvider';
import type { CaseFileRef } from '../../app/shell-store';
import { localeOf } from '../../i18n/format';
import { useFormat } from '../../i18n/use-format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { FormField } from '../../ui/FormField';
import { addInteraction } from './case-file-store';

const channels: readonly InteractionRow['channel'][] = ['appointment', 'phone', 'email', 'letter'];

function channelLabel(t: TFunction, channel: InteractionRow['channel']): string {
  switch (channel) {
    case 'appointment':
      return t('interaction.channel.appointment');
    case 'phone':
      return t('interaction.channel.phone');
    case 'email':
      return t('interaction.channel.email');
    case 'letter':
      return t('interaction.channel.letter');
  }
}

function issueFor(error: ContractError | null, path: string): string | null {
  return error?.details?.issues?.find((issue) => issue.path === path)?.messageKey ?? null;
}

export function NotesTab({ detail, caseFile }: { detail: CaseFileDetail; caseFile: CaseFileRef }) {
  const { t } = useTranslation();
  const api = useApi();
  const [channel, setChannel] = useState<InteractionRow['channel']>('appointment');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [error, setError] = useState<ContractError | null>(null);
  const [isSaved, setIsSaved] = useState(false);
  const format = useFormat();
  const dateTime = new Intl.DateTimeFormat(localeOf(format.language), { dateStyle: 'long', timeStyle: 'short' });

  async function save(): Promise<void> {
    setIsSaved(false);
    if (subject.trim() === '') {
      setError({
        code: 'validation',
        messageKey: 'errors.validation',
        details: { issues: [{ path: 'subject', messageKey: 'validation.note.subjectRequired' }] },
      });
      return;
    }
    const reply = await api.caseFile.addNote({ ...caseFile, channel, subject, body });
    if (!reply.ok) {
      setError(reply.error);
      return;
    }
    addInteraction(reply.value);
    setSubject('');
    setBody('');
    setError(null);
    setIsSaved(true);
  }

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      // Handled here: the case file's own Escape (back to search) must not lose a note being typed.
      event.preventDefault();
      event.stopPropagation();
      setSubject('');
      setBody('');
      setError(null);
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    }
  };

  const subjectError = issueFor(error, 'subject');
  return (
    <div className="stack">
      <form
        className="card note-form"
        aria-labelledby="note-form-title"
        onKeyDown={onKeyDown}
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <h2 id="note-form-title" className="card__title">
          {t('caseFile.notes.add')}
        </h2>
        <FormField id="note-channel" label={t('caseFile.notes.channel')}>
          <select value={channel} onChange={(event) => setChannel(event.target.value as InteractionRow['channel'])}>
            {channels.map((option) => (
              <option key={option} value={option}>
                {channelLabel(t, option)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField id="note-subject" label={t('caseFile.notes.subject')} error={subjectError}>
          <input type="text" value={subject} maxLength={200} onChange={(event) => setSubject(event.target.value)} />
        </FormField>
        <FormField id="note-body" label={t('caseFile.notes.body')} hint={t('caseFile.notes.hint')}>
          <textarea value={body} onChange={(event) => setBody(event.target.value)} />
        </FormField>
        {error && !subjectError && <ErrorMessage error={error} />}
        <div className="button-row">
          <button type="submit" className="button">
            {t('caseFile.notes.save')}
          </button>
          {isSaved && (
            <span className="status-message" role="status">
              {t('caseFile.notes.saved')}
            </span>
          )}
        </div>
      </form>
      <section className="card" aria-labelledby="notes-title">
        <h2 id="notes-title" className="card__title">
          {t('caseFile.notes.title')}
        </h2>
        {detail.interactions.length === 0 ? (
          <p className="empty-note">{t('caseFile.notes.empty')}</p>
        ) : (
          <ol className="timeline">
            {detail.interactions.map((interaction) => (
              <li key={interaction.id} className="timeline__item">
                <p className="timeline__meta">
                  <time dateTime={interaction.occurredAt}>{dateTime.format(new Date(interaction.occurredAt))}</time> ·{' '}
                  <span
                    className={`channel-tag channel-tag--${interaction.channel}`}
                    data-channel={interaction.channel}
                  >
                    {channelLabel(t, interaction.channel)}
                  </span>
                  {interaction.advisor && ` · ${interaction.advisor.displayName}`}
                </p>
                <p className="timeline__subject">{interaction.subject}</p>
                {interaction.body && <p className="timeline__body">{interaction.body}</p>}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
