/**
 * Route `#/case-files/:kind/:id/attestations`: the attestations asked at the counter (affiliation,
 * regularity, payments, tax certificate), issued in one click with the usual period. Issuing
 * archives the PDF with its hash and verification code (in the services, offline) and lists it
 * among the case file's issued letters; the PDF opens here to print or save.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { caseFileKindSchema } from '../../../shared/contract/app-contract';
import type { PdfDto } from '../../../shared/contract/channels/letters';
import type { ContractError } from '../../../shared/contract/errors';
import { fundDay } from '../../../shared/domain/fund-day';
import { useApi } from '../../api/ApiProvider';
import { caseFilePath, rememberCaseFile } from '../../app/shell-store';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { AttestationChooser } from './AttestationChooser';
import { AttestationPdf, pdfUrl, type ShownPdf } from './AttestationPdf';
import { attestationParams, choicesFor, defaultAttestationForm, type AttestationForm } from './attestation-form';
import './attestations.css';

export function AttestationsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const params = useParams();
  const kind = caseFileKindSchema.safeParse(params.kind);
  const caseFile = kind.success && params.id ? { kind: kind.data, id: params.id } : null;
  const titleRef = useRef<HTMLHeadingElement>(null);
  const today = fundDay(new Date());
  const [displayName, setDisplayName] = useState<string | null>(null);
  const [form, setForm] = useState<AttestationForm>(() => defaultAttestationForm(today));
  const [yearError, setYearError] = useState<string | null>(null);
  const [error, setError] = useState<ContractError | null>(null);
  const [shown, setShown] = useState<ShownPdf | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  useEffect(() => titleRef.current?.focus(), []);
  useEffect(() => {
    if (!caseFile) return;
    let isCurrent = true;
    rememberCaseFile(caseFile);
    void api.caseFile.detail(caseFile).then((reply) => {
      if (isCurrent && reply.ok) setDisplayName(reply.value.summary.displayName);
    });
    return () => {
      isCurrent = false;
    };
  }, [api, caseFile?.kind, caseFile?.id]); // eslint-disable-line react-hooks/exhaustive-deps -- the ref object is rebuilt on each render
  useEffect(() => () => (shown ? URL.revokeObjectURL(shown.url) : undefined), [shown]);

  if (!caseFile) return <p role="alert">{t('errors.notFound')}</p>;

  async function write(action: 'preview' | 'issue'): Promise<void> {
    if (!caseFile) return;
    const built = attestationParams(form, today);
    setYearError(built.ok ? null : built.errorKey);
    if (!built.ok) return;
    setIsBusy(true);
    const request = { source: 'case-file' as const, caseFile, kind: built.kind, params: built.params };
    const reply = action === 'issue' ? await api.letters.issue(request) : await api.letters.preview(request);
    setIsBusy(false);
    if (!reply.ok) {
      setError(reply.error);
      return;
    }
    setError(null);
    const pdf: PdfDto = reply.value;
    setShown({ url: pdfUrl(pdf), fileName: pdf.fileName, isIssued: action === 'issue' });
  }

  return (
    <article className="attestations">
      <h1 ref={titleRef} tabIndex={-1} className="page-title">
        {displayName === null ? t('attestations.titlePlain') : t('attestations.title', { name: displayName })}
      </h1>
      <p>
        <Link to={`${caseFilePath(caseFile)}?tab=follow-up`}>{t('attestations.back')}</Link>
      </p>
      <section className="card stack" aria-label={t('attestations.titlePlain')}>
        <p>{t('attestations.intro')}</p>
        <AttestationChooser form={form} choices={choicesFor(caseFile.kind)} yearError={yearError} onChange={setForm} />
        <div className="button-row">
          <button type="button" className="button" disabled={isBusy} onClick={() => void write('issue')}>
            {t('attestations.issue')}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={isBusy}
            onClick={() => void write('preview')}
          >
            {t('attestations.preview')}
          </button>
        </div>
        {error && <ErrorMessage error={error} />}
      </section>
      {shown && <AttestationPdf shown={shown} />}
    </article>
  );
}
