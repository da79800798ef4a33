/**
 * A person's own data (their access request): the main process gathers everything held about them
 * and draws it as a PDF; the two files are offered for saving here, like a letter. The export is
 * recorded in the file's access log by the service.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContractError } from '../../../shared/contract/errors';
import { useApi } from '../../api/ApiProvider';
import { currentLanguage } from '../../i18n/i18n';
import { ErrorMessage } from '../../ui/ErrorMessage';

type Files = { pdf: { url: string; fileName: string }; json: { url: string; fileName: string } };

function blobUrl(bytes: BlobPart, type: string): string {
  return URL.createObjectURL(new Blob([bytes], { type }));
}

function pdfBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

export function PersonalDataExport({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const [files, setFiles] = useState<Files | null>(null);
  const [error, setError] = useState<ContractError | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  useEffect(
    () => () => {
      if (!files) return;
      URL.revokeObjectURL(files.pdf.url);
      URL.revokeObjectURL(files.json.url);
    },
    [files],
  );

  async function exportData(): Promise<void> {
    setIsBusy(true);
    const reply = await api.letters.exportPersonalData({ personId, language: currentLanguage() });
    setIsBusy(false);
    if (!reply.ok) {
      setError(reply.error);
      return;
    }
    setError(null);
    setFiles({
      pdf: { url: blobUrl(pdfBytes(reply.value.pdf.pdfBase64), 'application/pdf'), fileName: reply.value.pdf.fileName },
      json: { url: blobUrl(reply.value.json.text, 'application/json'), fileName: reply.value.json.fileName },
    });
  }

  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        disabled={isBusy}
        onClick={() => void exportData()}
        data-testid="personal-data-export"
      >
        {t('caseFile.personalData.action')}
      </button>
      {error && <ErrorMessage error={error} />}
      {files && (
        <p role="status" className="case-file__personal-data">
          {t('caseFile.personalData.ready')}{' '}
          <a href={files.pdf.url} download={files.pdf.fileName}>
            {files.pdf.fileName}
          </a>{' '}
          <a href={files.json.url} download={files.json.fileName}>
            {files.json.fileName}
          </a>
        </p>
      )}
    </>
  );
}
