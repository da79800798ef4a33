// @vitest-environment jsdom
/**
 * Services write their task titles as message keys. Every key they can write (collected from the
 * services' and the seed's source, not listed by hand) reads as words in French, Dutch and German on
 * the case file's Tasks tab and in the work queue: no text there looks like a translation key.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { languages, type Language } from '../../shared/contract/app-contract';
import type { TaskRow } from '../../shared/contract/channels/case-file-detail';
import { requestKinds } from '../../shared/contract/channels/request';
import type { QueueEntryDto } from '../../shared/contract/channels/work-queue';
import { ApiProvider } from '../../renderer/api/ApiProvider';
import { TasksTab } from '../../renderer/features/case-file/TasksTab';
import { resetWorkQueue } from '../../renderer/features/work-queue/work-queue-store';
import { catalogues, type Catalogue } from '../../renderer/i18n/catalogues';
import { i18n } from '../../renderer/i18n/i18n';
import { dupontSummary, detailOf } from './support/case-files';
import { createFakeApi } from './support/fake-api';
import { renderApp, resetApp } from './support/render-app';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** What a `${name}` in a key written by a service can be, by the name of the variable. */
const placeholderValues: Record<string, readonly string[]> = { requestKind: requestKinds };

/** Expands `request.task.${requestKind}Decision` into one key per request kind. */
function expand(key: string): string[] {
  const placeholder = /\$\{(\w+)\}/.exec(key);
  if (placeholder === null) return [key];
  const values = placeholderValues[placeholder[1] ?? ''];
  if (values === undefined)
    throw new Error(`task title key ${key}: say in this test what \${${placeholder[1]}} can be`);
  return values.flatMap((value) => expand(key.replace(placeholder[0], value)));
}

/** Every `*.task.*` key literal in the services and the seed, except errors and validation messages. */
function serviceTaskTitleKeys(): string[] {
  const files = [...sourceFiles(join(root, 'electron')), ...sourceFiles(join(root, 'db', 'seed'))];
  const literal = /['"`]([a-z][a-zA-Z]*\.task\.[-\w${}]+)['"`]/g;
  const keys = files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(literal)].map((match) => match[1] ?? ''),
  );
  return [...new Set(keys.filter((key) => !/^(errors|validation)\./.test(key)).flatMap(expand))].sort();
}

const titleKeys = serviceTaskTitleKeys();

/** Words shaped like `section.sub.key` whose first part is a catalogue section or a task key's section. */
function keyLikeWords(text: string): string[] {
  const sections = new Set([
    ...Object.values(catalogues).flatMap((catalogue: Catalogue) => Object.keys(catalogue)),
    ...titleKeys.map((key) => key.split('.')[0] ?? ''),
  ]);
  return [...text.matchAll(/\b[a-z]+(\.[a-zA-Z-]+)+\b/g)]
    .map((match) => match[0])
    .filter((word) => sections.has(word.split('.')[0] ?? ''));
}

/** The visible text and the accessible names a screen reader would read. */
function screenText(container: HTMLElement): string {
  const labels = [...container.querySelectorAll('[aria-label]')].map((node) => node.getAttribute('aria-label'));
  return [container.textContent, ...labels].join(' ');
}

const id = (index: number): string => `0190f3a2-7c1e-7b3a-9d4e-${(0x1a2b3c4d7000 + index).toString(16)}`;
const advisorTitle = 'Rappeler Mme Dupont';

function taskRows(): TaskRow[] {
  return [...titleKeys, advisorTitle].map((title, index) => ({
    id: id(index),
    kind: 'follow-up',
    title,
    dueDate: '2026-12-15',
    status: 'open',
    isOverdue: false,
    completedAt: null,
    createdBy: null,
  }));
}

afterEach(async () => {
  await resetApp();
  resetWorkQueue();
});

describe('task titles written by services', () => {
  it('are collected from the code: every kind of service task, each request kind', () => {
    expect(titleKeys).toEqual(
      expect.arrayContaining([
        'seed.task.callBeforeRecovery',
        'paymentPlan.task.lapsedCall',
        'simulation.task.reductionEvidence',
        'intake.task.firstPayment',
        ...requestKinds.map((kind) => `request.task.${kind}Decision`),
      ]),
    );
  });

  it.each<Language>([...languages])('read as words on the Tasks tab (%s)', async (language) => {
    await i18n.changeLanguage(language);
    const { api } = createFakeApi();
    const caseFile = { kind: 'person' as const, id: dupontSummary.id };
    const { container } = render(
      <ApiProvider api={api}>
        <TasksTab detail={detailOf(dupontSummary, { tasks: taskRows() })} caseFile={caseFile} />
      </ApiProvider>,
    );
    const table = screen.getByRole('table');
    const titles = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[0]?.textContent);
    expect(titles).toEqual([...titleKeys.map((key) => i18n.t(key as never) as string), advisorTitle]);
    for (const key of titleKeys) expect(i18n.exists(key), `${language}: ${key}`).toBe(true);
    expect(keyLikeWords(screenText(container))).toEqual([]);
  });

  it.each<Language>([...languages])('read as words in the work queue (%s)', async (language) => {
    await i18n.changeLanguage(language);
    const caseFile = { kind: 'person' as const, id: dupontSummary.id, displayName: 'Dupont Marie' };
    const entries: QueueEntryDto[] = taskRows().map((task) => ({
      entryKind: 'task',
      id: task.id,
      kind: task.kind,
      title: task.title,
      dueDate: task.dueDate,
      isOverdue: false,
      isNearDeadline: false,
      status: 'open',
      assignee: null,
      caseFile,
    }));
    const { api } = createFakeApi({
      'workQueue.list': () => ({ ok: true, value: entries }),
      'workQueue.advisors': () => ({ ok: true, value: [] }),
    });
    renderApp(api, '/work-queue');
    await screen.findByText(advisorTitle);
    expect(screen.getAllByRole('row').slice(1)).toHaveLength(entries.length);
    const main = screen.getByRole('main');
    expect(keyLikeWords(screenText(main))).toEqual([]);
    expect(main.textContent).toContain(i18n.t('seed.task.callBeforeRecovery' as never));
  });
});
