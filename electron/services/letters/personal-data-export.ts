/**
 * A person's own data (GDPR art. 15): everything this device holds about them, as JSON and as a PDF
 * drawn by the letters engine, returned to the screen that offers both files, like a letter. The
 * export is itself an access to the file: it is recorded in the access log before the data is read,
 * so the export lists itself.
 */
import { appendAccess } from '../../../db/repositories/access-log-repo';
import { readPersonalData } from '../../../db/repositories/personal-data-read';
import type { ChannelOutput, ParsedInput } from '../../../shared/contract/app-contract';
import { GuichetError } from '../../../shared/contract/errors';
import { renderPdf } from '../../letters/render/pdf';
import { personalDataDocument } from '../../letters/templates/personal-data';
import type { LettersRuntime } from './letters-runtime';

export async function exportPersonalData(
  runtime: LettersRuntime,
  { personId, language }: ParsedInput<'letters.exportPersonalData'>,
): Promise<ChannelOutput<'letters.exportPersonalData'>> {
  const { context } = runtime;
  const sqlite = context.db.$client;
  const exportedAt = context.now().toISOString();
  const data = sqlite.transaction(() => {
    if (!readPersonalData(sqlite, personId)) return undefined;
    appendAccess(context.recorder, { caseFile: { kind: 'person', id: personId }, action: 'caseFile.export' });
    return readPersonalData(sqlite, personId);
  })();
  if (!data) throw new GuichetError('not-found', 'errors.notFound', { entity: 'person' });
  const reference = typeof data.person['niss'] === 'string' ? data.person['niss'] : personId;
  const baseName = `personal-data-${reference}-${exportedAt.slice(0, 10)}`;
  let pdf: Buffer;
  try {
    pdf = await renderPdf(personalDataDocument({ language, exportedAt, ...data }), runtime.lazy.resources().assetsDir);
  } catch {
    // The cause stays in the main process; no personal data crosses.
    throw new GuichetError('internal', 'letters.errors.renderFailed');
  }
  return {
    pdf: { pdfBase64: pdf.toString('base64'), pageCount: pageCountOf(pdf), fileName: `${baseName}.pdf` },
    json: {
      fileName: `${baseName}.json`,
      text: JSON.stringify({ exportedAt, person: data.person, tables: data.tables }, null, 2),
    },
  };
}

/** Pages of a PDF pdfmake wrote: its page tree's count. */
function pageCountOf(pdf: Buffer): number {
  const match = /\/Type \/Pages[^>]*\/Count (\d+)/.exec(pdf.toString('latin1'));
  return match ? Math.max(1, Number(match[1])) : 1;
}
