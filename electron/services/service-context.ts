/** What every application service is built from: the profile's database, its change recorder, the clock. */
import type { GuichetDb } from '../../db/connection';
import type { ChangeRecorder } from '../../db/repositories/change-recorder';
import type { Handlers, HostKind } from './handler-types';
import type { Session } from './session/session-service';

export type ServiceContext = {
  db: GuichetDb;
  recorder: ChangeRecorder;
  host: HostKind;
  version: string;
  now: () => Date;
  /** Today's date in Belgium, as an ISO date: the date the law counts with. */
  today: () => string;
  /** The signed-in advisor; the recorder reads it on every write. */
  session: Session;
  /** True when head office decides which case files this device holds (see access-gate.ts). */
  isScopedByHeadOffice: boolean;
  /** When head office had this profile erased, when and whether confirmed; null otherwise (its database is then closed or empty). */
  wiped?: () => { wipedAt: string; confirmedAt: string | null } | null;
};

/** A domain's handlers: exactly the channels of its group, so app-core can spread them together. */
export type HandlerGroup<Channels extends keyof Handlers> = Pick<Handlers, Channels>;
