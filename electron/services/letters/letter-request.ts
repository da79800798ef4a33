/**
 * What a preview or issue request names, made into a letter: a kind for a case file, or an item of
 * the "to print" queue (its kind, case file and parameters recorded when it was queued).
 */
import type { z } from 'zod';
import type Database from 'better-sqlite3';
import { readQueuedLetter, type QueuedLetterRow } from '../../../db/repositories/letters-read';
import type { CaseFileRef } from '../../../shared/contract/channels/common';
import type { LetterParams, lettersChannels } from '../../../shared/contract/channels/letters';
import { GuichetError } from '../../../shared/contract/errors';
import { rightKinds, type RightKind } from '../../../shared/domain/rights/types';
import { isLetterKind, type LetterInput } from '../../letters/letter-data';
import { caseFileLetter } from './case-file-letters';
import type { LetterContext } from './debt-letters';

export type LetterRequest = z.output<(typeof lettersChannels)['letters.preview']['input']>;
export type RequestedLetter = { input: LetterInput; queueId: string | undefined; ref: CaseFileRef };

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const isRightKind = (value: unknown): value is RightKind => (rightKinds as readonly unknown[]).includes(value);

/** The parameters a queued letter was recorded with; a request's decision letter names its request. */
function queuedParams(item: QueuedLetterRow): LetterParams {
  const payload = JSON.parse(item.payload) as Record<string, unknown>;
  const requestId = item.sourceEntity === 'request' ? item.sourceId : text(payload.requestId);
  const complaintId = item.sourceEntity === 'complaint' ? item.sourceId : text(payload.complaintId);
  return {
    ...(text(payload.planId) === undefined ? {} : { planId: text(payload.planId) }),
    ...(text(payload.affiliationId) === undefined ? {} : { affiliationId: text(payload.affiliationId) }),
    ...(requestId === undefined ? {} : { requestId }),
    ...(complaintId === undefined ? {} : { complaintId }),
    ...(text(payload.applicationId) === undefined ? {} : { rightApplicationId: text(payload.applicationId) }),
    ...(text(payload.eventId) === undefined ? {} : { lifeEventId: text(payload.eventId) }),
    ...(isRightKind(payload.right) ? { right: payload.right } : {}),
    ...(Array.isArray(payload.paymentIds)
      ? { paymentIds: payload.paymentIds.filter((id) => typeof id === 'string') }
      : {}),
  };
}

export function requestedLetter(
  sqlite: Database.Database,
  request: LetterRequest,
  letterContext: LetterContext,
): RequestedLetter {
  if (request.source === 'case-file')
    return {
      input: caseFileLetter(sqlite, request.caseFile, request.kind, request.params, letterContext),
      queueId: undefined,
      ref: request.caseFile,
    };
  const item = readQueuedLetter(sqlite, request.queueId);
  if (!item) throw new GuichetError('not-found', 'errors.notFound', { entity: 'letter' });
  if (item.status !== 'queued') throw new GuichetError('conflict', 'letters.errors.alreadyIssued');
  if (!isLetterKind(item.kind)) throw new GuichetError('conflict', 'letters.errors.kindNotAvailable');
  const ref: CaseFileRef =
    item.personId !== null ? { kind: 'person', id: item.personId } : { kind: 'company', id: item.companyId ?? '' };
  return {
    input: caseFileLetter(sqlite, ref, item.kind, queuedParams(item), letterContext),
    queueId: request.queueId,
    ref,
  };
}
