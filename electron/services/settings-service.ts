/** Device settings: the interface language, remembered across launches. */
import type { Settings } from '../../shared/contract/app-contract';
import type { GuichetDb } from '../../db/connection';
import { readSetting, writeSetting } from '../../db/repositories/settings-repo';

const DEFAULTS: Settings = { language: 'fr' };

export function readSettings(db: GuichetDb): Settings {
  return { language: readSetting<Settings['language']>(db, 'language') ?? DEFAULTS.language };
}

export function updateSettings(db: GuichetDb, patch: Partial<Settings>): Settings {
  db.transaction((tx) => {
    if (patch.language !== undefined) writeSetting(tx, 'language', patch.language);
  });
  return readSettings(db);
}
