/**
 * The preview pane: the PDF in an iframe from a blob: URL, with Print (the iframe's own print, which
 * opens the desktop app's or the browser's print dialog) and Save as PDF. Extra actions (Issue) come
 * from the caller.
 */
import { useEffect, useMemo, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PdfDto } from '../../../shared/contract/channels/letters';
import { downloadBlob, pdfBlob } from './pdf-blob';
import { printPdfFrame } from './print-pdf';

export function PdfPreview({ pdf, title, children }: { pdf: PdfDto; title: string; children?: ReactNode }) {
  const { t } = useTranslation();
  const frame = useRef<HTMLIFrameElement>(null);
  const blob = useMemo(() => pdfBlob(pdf.pdfBase64), [pdf.pdfBase64]);
  const url = useMemo(() => URL.createObjectURL(blob), [blob]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);

  return (
    <div className="pdf-preview">
      <div className="button-row pdf-preview__actions">
        <button type="button" className="button button--secondary" onClick={() => printPdfFrame(frame.current)}>
          {t('letters.preview.print')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => downloadBlob(blob, pdf.fileName)}>
          {t('letters.preview.save')}
        </button>
        {children}
      </div>
      <p className="pdf-preview__meta">{t('letters.preview.pages', { count: pdf.pageCount })}</p>
      <iframe ref={frame} className="pdf-preview__frame" title={title} src={url} data-testid="letter-preview-frame" />
    </div>
  );
}
