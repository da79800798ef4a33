/**
 * The interface language: restored from the services at start-up (so it survives restarts),
 * applied at once when changed, then saved. A failed save puts the previous language back, so what
 * the screen shows is always what the next launch will show.
 */
import { create } from 'zustand';
import type { Language } from '../../shared/contract/app-contract';
import type { GuichetApi } from '../../shared/contract/client';
import type { ContractError } from '../../shared/contract/errors';
import { applyLanguage, currentLanguage } from '../i18n/i18n';

export type SettingsState = {
  language: Language;
  status: 'loading' | 'ready' | 'saving' | 'saved' | 'error';
  error: ContractError | null;
};

export const useSettingsStore = create<SettingsState>()(() => ({
  language: currentLanguage(),
  status: 'loading',
  error: null,
}));

// One sequence for loads and saves: whichever the advisor did last wins over an older answer.
let latestSequence = 0;

export function resetSettings(): void {
  latestSequence += 1;
  useSettingsStore.setState({ language: currentLanguage(), status: 'loading', error: null }, true);
}

export async function loadSettings(api: GuichetApi): Promise<void> {
  latestSequence += 1;
  const sequence = latestSequence;
  const reply = await api.settings.get({});
  if (sequence !== latestSequence) return;
  if (reply.ok) {
    applyLanguage(reply.value.language);
    useSettingsStore.setState({ language: reply.value.language, status: 'ready', error: null });
  } else {
    useSettingsStore.setState({ status: 'error', error: reply.error });
  }
}

export async function changeLanguage(api: GuichetApi, language: Language): Promise<void> {
  latestSequence += 1;
  const sequence = latestSequence;
  const previous = useSettingsStore.getState().language;
  applyLanguage(language);
  useSettingsStore.setState({ language, status: 'saving', error: null });
  const reply = await api.settings.update({ language });
  if (sequence !== latestSequence) return;
  if (reply.ok) {
    applyLanguage(reply.value.language);
    useSettingsStore.setState({ language: reply.value.language, status: 'saved', error: null });
  } else {
    applyLanguage(previous);
    useSettingsStore.setState({ language: previous, status: 'error', error: reply.error });
  }
}
