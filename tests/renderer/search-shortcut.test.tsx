// @vitest-environment jsdom
/**
 * Ctrl+K puts the cursor in the search box within the key event itself (the search page) or within the
 * navigation it starts (any other page), never in a later render: a name typed right after the
 * shortcut must not lose its first letter to the page behind.
 */
import { screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFakeApi } from './support/fake-api';
import { flush, renderApp, resetApp } from './support/render-app';

function pressCtrlK(): void {
  // Dispatched directly, outside act(): nothing flushes React's pending work for us.
  window.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, bubbles: true, cancelable: true }));
}

/** Lets the router's navigation settle through promise callbacks only: no timer, no act(). */
async function microtasks(): Promise<void> {
  for (let turn = 0; turn < 20; turn += 1) await Promise.resolve();
}

beforeEach(resetApp);
afterEach(resetApp);

describe('Ctrl+K', () => {
  it('focuses the search box synchronously on the search page', async () => {
    renderApp(createFakeApi({}).api);
    await flush();
    const settingsLink = screen.getByRole('link', { name: 'Paramètres' });
    settingsLink.focus();
    expect(document.activeElement).toBe(settingsLink);
    pressCtrlK();
    expect(document.activeElement).toBe(screen.getByRole('combobox'));
  });

  it('from another page, shows the search with the cursor in it before any timer runs', async () => {
    renderApp(createFakeApi({}).api, '/settings');
    await flush();
    expect(screen.queryByRole('combobox')).toBeNull();
    pressCtrlK();
    await microtasks();
    expect(document.activeElement).toBe(screen.getByRole('combobox'));
  });
});
