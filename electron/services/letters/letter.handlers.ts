/**
 * The single letters of the counter: the "to print" queue, preview, issue (archived under its sha256
 * and recorded), a case file's issued letters and reopening one. Every channel needs a signed-in
 * advisor. PDFs leave as base64 in replies: the renderer never sees a file path.
 */
import { existsSync } from 'node:fs';
import { ArchiveFileUnreadable, readArchiveFile } from '../../letters/archive-cipher';
import { updateRow } from '../../../db/repositories/case-file-repo';
import { getIssuedLetter, issuedLettersOf } from '../../../db/repositories/letter-batch-journal';
import { appendAccess } from '../../../db/repositories/access-log-repo';
import { readCaseFileOfReference, readLettersToPrint } from '../../../db/repositories/letters-read';
import type { ChannelOutput } from '../../../shared/contract/app-contract';
import type { CaseFileRef } from '../../../shared/contract/channels/common';
import type { PdfDto } from '../../../shared/contract/channels/letters';
import { GuichetError } from '../../../shared/contract/errors';
import { sha256 } from '../../letters/batch/batch-runner';
import type { LetterInput } from '../../letters/letter-data';
import type { HandlerGroup } from '../service-context';
import { sealForArchive } from './certificate-seal';
import { exportPersonalData } from './personal-data-export';
import { auditIssuedLetter } from './issued-letter-audit';
import { caseReferenceOf } from './letter-header';
import { requestedLetter, type LetterRequest, type RequestedLetter } from './letter-request';
import type { LettersRuntime } from './letters-runtime';
import type { AdvisorWithBranch } from '../../../db/repositories/advisor-repo';
import { isCaseFileInReach } from '../access/access-gate';

type SingleLetterChannels =
  | 'letters.toPrint'
  | 'letters.preview'
  | 'letters.issue'
  | 'letters.history'
  | 'letters.reopen'
  | 'letters.exportPersonalData';
type Rendered = { pdf: Buffer; pageCount: number };

function pdfDto(input: LetterInput, rendered: Rendered): PdfDto {
  return {
    pdfBase64: rendered.pdf.toString('base64'),
    pageCount: rendered.pageCount,
    fileName: `${input.kind}-${input.data.caseReference}-${input.data.issueDate}.pdf`,
  };
}

async function render(runtime: LettersRuntime, input: LetterInput): Promise<Rendered> {
  try {
    return await runtime.service().preview(input);
  } catch (error) {
    if (error instanceof GuichetError) throw error;
    // The cause stays in the main process log; no personal data crosses.
    throw new GuichetError('internal', 'letters.errors.renderFailed');
  }
}

function letterOf(runtime: LettersRuntime, request: LetterRequest, advisorName: string): RequestedLetter {
  const { context, lazy } = runtime;
  return requestedLetter(context.db.$client, request, {
    today: context.today(),
    advisorName,
    fund: lazy.resources().fund,
  });
}

/** The queue of the advisor's reach: on a stand-alone profile, the case files of the advisor's branch. */
function lettersToPrint(runtime: LettersRuntime, advisor: AdvisorWithBranch): ChannelOutput<'letters.toPrint'> {
  return readLettersToPrint(runtime.context.db.$client)
    .filter((row) => isCaseFileInReach(runtime.context, row.branchId, advisor))
    .map(({ personId, companyId, branchId: _branchId, ...row }) => ({
      ...row,
      caseFile:
        personId !== null
          ? { kind: 'person' as const, id: personId }
          : { kind: 'company' as const, id: companyId ?? '' },
    }));
}

async function issueLetter(
  runtime: LettersRuntime,
  request: LetterRequest,
  advisor: AdvisorWithBranch,
): Promise<ChannelOutput<'letters.issue'>> {
  const { context } = runtime;
  const requested = letterOf(runtime, request, advisor.displayName);
  const { id, input } = sealForArchive(requested.input);
  const rendered = await render(runtime, input);
  const pdfSha256 = sha256(rendered.pdf);
  // Recorded, audited and the queue item marked done in one transaction (the PDF is on disk before).
  const issued = context.db.transaction((tx) =>
    runtime.service().archiveAndRecord(
      input,
      rendered,
      advisor.displayName,
      () => {
        if (requested.queueId !== undefined)
          updateRow(tx, context.recorder, 'letter', requested.queueId, {
            status: 'issued',
            issuedAt: context.now().toISOString(),
          });
        auditIssuedLetter(context.recorder, { id, input, caseFile: requested.ref, pdfSha256 });
      },
      id,
    ),
  );
  appendAccess(context.recorder, { caseFile: requested.ref, action: 'letter.issue', detail: input.kind });
  return { ...pdfDto(input, rendered), id: issued.id, sha256: issued.sha256 };
}

function letterHistory(runtime: LettersRuntime, ref: CaseFileRef): ChannelOutput<'letters.history'> {
  const reference = caseReferenceOf(runtime.context.db.$client, ref);
  return issuedLettersOf(runtime.journal, { caseReference: reference })
    .reverse()
    .map((row) => ({
      id: row.id,
      kind: row.kind,
      language: row.language,
      issuedAt: row.issuedAt,
      advisorName: row.advisorName,
      pdfSha256: row.pdfSha256,
      batchId: row.batchId,
      firstPage: row.firstPage,
      lastPage: row.lastPage,
    }));
}

/** An archived file's plain bytes; one that does not open with this profile's key counts as altered. */
function readArchived(runtime: LettersRuntime, file: string): Buffer {
  try {
    return readArchiveFile(runtime.archive, file);
  } catch (error) {
    if (error instanceof ArchiveFileUnreadable) throw new GuichetError('conflict', 'letters.errors.archiveAltered');
    throw error;
  }
}

async function reopenLetter(runtime: LettersRuntime, id: string): Promise<PdfDto> {
  const row = getIssuedLetter(runtime.journal, id);
  if (!row) throw new GuichetError('not-found', 'errors.notFound', { entity: 'issuedLetter' });
  const input = row.input as unknown as LetterInput;
  const caseFile = readCaseFileOfReference(runtime.context.db.$client, row.caseReference);
  if (caseFile) appendAccess(runtime.context.recorder, { caseFile, action: 'letter.reopen', detail: input.kind });
  if (row.batchId === null) {
    if (!existsSync(row.pdfFile)) throw new GuichetError('conflict', 'letters.errors.archiveMissing');
    const pdf = readArchived(runtime, row.pdfFile);
    if (sha256(pdf) !== row.pdfSha256) throw new GuichetError('conflict', 'letters.errors.archiveAltered');
    return pdfDto(input, { pdf, pageCount: row.lastPage - row.firstPage + 1 });
  }
  // A batch letter is drawn again from the data it was printed from (rendering is deterministic).
  return pdfDto(input, await render(runtime, input));
}

export function singleLetterHandlers(runtime: LettersRuntime): HandlerGroup<SingleLetterChannels> {
  return {
    'letters.toPrint': (_input, { advisor }) => lettersToPrint(runtime, advisor),
    'letters.preview': async (request, { advisor }) => {
      const { input, ref } = letterOf(runtime, request, advisor.displayName);
      const pdf = pdfDto(input, await render(runtime, input));
      appendAccess(runtime.context.recorder, { caseFile: ref, action: 'letter.preview', detail: input.kind });
      return pdf;
    },
    'letters.issue': (request, { advisor }) => issueLetter(runtime, request, advisor),
    'letters.history': (ref) => letterHistory(runtime, ref),
    'letters.reopen': ({ id }) => reopenLetter(runtime, id),
    'letters.exportPersonalData': (input) => exportPersonalData(runtime, input),
  };
}
