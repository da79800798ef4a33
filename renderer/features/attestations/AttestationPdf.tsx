/** The attestation just issued or previewed: its PDF, printable from the frame and savable. */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { PdfDto } from '../../../shared/contract/channels/letters';

export type ShownPdf = { url: string; fileName: string; isIssued: boolean };

export function pdfUrl(pdf: PdfDto): string {
  const binary = atob(pdf.pdfBase64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
}

export function AttestationPdf({ shown }: { shown: ShownPdf }) {
  const { t } = useTranslation();
  const frame = useRef<HTMLIFrameElement>(null);
  return (
    <section className="card stack" aria-live="polite">
      <p role="status" data-testid="attestation-status">
        {shown.isIssued ? t('attestations.issued') : t('attestations.previewNote')}
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => frame.current?.contentWindow?.print()}
        >
          {t('attestations.print')}
        </button>
        <a className="button button--secondary" href={shown.url} download={shown.fileName}>
          {t('attestations.save')}
        </a>
      </div>
      <iframe
        ref={frame}
        className="attestations__frame"
        title={t('attestations.frameTitle')}
        src={shown.url}
        data-testid="attestation-frame"
      />
    </section>
  );
}
