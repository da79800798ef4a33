/**
 * The letters issued to this case file (one by one at the counter, or in a back-office batch),
 * newest first, each reopened as a PDF (the archived bytes, checked against their hash; a batch
 * letter is drawn again from the data it was printed from). A letter drawn from the file's ledger
 * alone (reminder, formal notice, due notice, statement, tax certificate) can be previewed and issued here.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssuedLetterDto, LetterKindName, PdfDto } from '../../../shared/contract/channels/letters';
import type { ContractError } from '../../../shared/contract/errors';
import { useApi } from '../../api/ApiProvider';
import type { CaseFileRef } from '../../app/shell-store';
import { useFormat } from '../../i18n/use-format';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { letterKindLabel } from '../../ui/record-labels';

function pdfUrl(pdf: PdfDto): string {
  const binary = atob(pdf.pdfBase64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
}

/** Kinds drawn from the ledger alone; plan, affiliation and decision letters come through "to print". */
const ledgerKinds = [
  'reminder',
  'formal-notice',
  'due-notice',
  'account-statement',
  'tax-certificate',
] as const satisfies readonly LetterKindName[];

export function IssuedLetters({ caseFile }: { caseFile: CaseFileRef }) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const [letters, setLetters] = useState<IssuedLetterDto[] | null>(null);
  const [shown, setShown] = useState<{ id: string; url: string; fileName: string } | null>(null);
  const [error, setError] = useState<ContractError | null>(null);
  const [kind, setKind] = useState<(typeof ledgerKinds)[number]>('reminder');
  const [reload, setReload] = useState(0);

  useEffect(() => {
    let isCurrent = true;
    void api.letters.history(caseFile).then((reply) => {
      if (!isCurrent) return;
      if (reply.ok) setLetters(reply.value);
      else setError(reply.error);
    });
    return () => {
      isCurrent = false;
    };
  }, [api, caseFile.kind, caseFile.id, reload]); // eslint-disable-line react-hooks/exhaustive-deps -- the ref object is rebuilt on each render
  useEffect(() => () => (shown ? URL.revokeObjectURL(shown.url) : undefined), [shown]);

  async function reopen(letter: IssuedLetterDto): Promise<void> {
    const reply = await api.letters.reopen({ id: letter.id });
    if (!reply.ok) {
      setError(reply.error);
      return;
    }
    setError(null);
    setShown({ id: letter.id, url: pdfUrl(reply.value), fileName: reply.value.fileName });
  }

  async function write(action: 'preview' | 'issue'): Promise<void> {
    const request = {
      source: 'case-file' as const,
      caseFile: { kind: caseFile.kind, id: caseFile.id },
      kind,
      params: {},
    };
    const reply = action === 'preview' ? await api.letters.preview(request) : await api.letters.issue(request);
    if (!reply.ok) {
      setError(reply.error);
      return;
    }
    setError(null);
    setShown({ id: action, url: pdfUrl(reply.value), fileName: reply.value.fileName });
    if (action === 'issue') setReload((count) => count + 1);
  }

  return (
    <section className="card" aria-labelledby="issued-letters-title" data-testid="issued-letters">
      <h2 id="issued-letters-title" className="card__title">
        {t('letters.caseFile.title')}
      </h2>
      <div className="button-row">
        <label htmlFor="case-file-letter-kind">{t('letters.caseFile.write')}</label>
        <select
          id="case-file-letter-kind"
          value={kind}
          onChange={(event) => setKind(ledgerKinds.find((item) => item === event.target.value) ?? 'reminder')}
        >
          {ledgerKinds.map((item) => (
            <option key={item} value={item}>
              {letterKindLabel(t, item)}
            </option>
          ))}
        </select>
        <button type="button" className="button button--secondary" onClick={() => void write('preview')}>
          {t('letters.caseFile.preview')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void write('issue')}>
          {t('letters.preview.issue')}
        </button>
      </div>
      {error && <ErrorMessage error={error} />}
      {letters === null ? null : letters.length === 0 ? (
        <p className="empty-note">{t('letters.caseFile.empty')}</p>
      ) : (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('letters.caseFile.kind')}</th>
              <th scope="col">{t('letters.caseFile.issuedAt')}</th>
              <th scope="col">{t('letters.caseFile.by')}</th>
              <th scope="col">{t('letters.caseFile.how')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('letters.caseFile.reopen')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {letters.map((letter) => (
              <tr key={letter.id}>
                <td>
                  {letterKindLabel(t, letter.kind)} ({letter.language.toUpperCase()})
                </td>
                <td>{format.date(letter.issuedAt.slice(0, 10))}</td>
                <td>{letter.advisorName}</td>
                <td>
                  {letter.batchId === null
                    ? t('letters.caseFile.single')
                    : t('letters.caseFile.inBatch', { first: letter.firstPage, last: letter.lastPage })}
                </td>
                <td>
                  <button type="button" className="button button--secondary" onClick={() => void reopen(letter)}>
                    {t('letters.caseFile.reopen')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {shown && (
        <div className="stack">
          <p>
            <a href={shown.url} download={shown.fileName}>
              {t('letters.preview.save')}
            </a>
          </p>
          <iframe
            className="pdf-preview__frame"
            title={t('letters.preview.frameTitle')}
            src={shown.url}
            data-testid="issued-letter-frame"
          />
        </div>
      )}
    </section>
  );
}
