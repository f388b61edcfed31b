/**
 * The SQL console page, through the shared explorer: the state is the query (`?q=`), a Run (submit,
 * Ctrl/Cmd+Enter or an example link) pushes one history entry, and the result slot is redrawn by the
 * view function that pre-rendered the default result. Intent (pointer over or focus in the console)
 * warms DuckDB-WASM and swaps the textarea for CodeMirror, whose code is loaded only then.
 */
import { CancelledQuery, cancelBrowserConsole, runBrowserConsole } from '../db/browser-console.ts';
import { toCsv } from '../exports/csv.ts';
import type { Locale } from '../i18n/locales.ts';
import { translator } from '../i18n/translate.ts';
import { editionNote, type ConsoleEdition } from '../sql-console/edition-note.ts';
import { consoleError } from '../sql-console/errors.ts';
import { RefusedStatement } from '../sql-console/guard.ts';
import { resultCsvRows, type ConsoleResult } from '../sql-console/result.ts';
import { sqlEditionNoteHtml, sqlErrorHtml, sqlRefusalHtml, sqlResultHtml } from '../views/sql-result-view.ts';
import { parseSqlState, serialiseSqlState, type SqlState } from '../views/sql-state.ts';
import type { EngineLabels } from './engine-status.ts';
import { readJson, startExplorer } from './explorer.ts';

interface ClientConfig {
  locale: Locale;
  defaultQuery: string;
  defaultResult: ConsoleResult;
  edition: ConsoleEdition;
  tables: Record<string, string[]>;
  labels: EngineLabels;
}

interface Editor {
  get(): string;
  set(text: string): void;
}

const el = <T extends HTMLElement>(selector: string): T => document.querySelector<T>(selector)!;

/** Offers `text` as a file download, made in the page: nothing is sent anywhere. */
function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Wires the console; does nothing on other pages. */
export function startSqlConsole(): void {
  const form = document.querySelector<HTMLFormElement>('[data-sql-form]');
  const config = readJson<ClientConfig>('[data-sql-config]');
  if (!form || !config) return;
  const tr = translator(config.locale);
  const textarea = el<HTMLTextAreaElement>('[data-sql-textarea]');
  const slot = el('[data-sql-result]');
  const status = el('[data-sql-status]');
  const [run, cancel, downloadButton, copy] = ['run', 'cancel', 'download', 'copy'].map((n) => el<HTMLButtonElement>(`[data-sql-${n}]`));
  for (const hidden of [run, cancel, downloadButton, copy, el('[data-sql-keys]')]) hidden!.hidden = false;
  let editor: Editor = { get: () => textarea.value, set: (text) => void (textarea.value = text) };
  let shown: ConsoleResult | null = config.defaultResult;
  let runs = 0;

  let upgrading = false;
  const upgrade = (): void => {
    if (upgrading) return;
    upgrading = true;
    void import('./sql-editor.ts').then(({ mountSqlEditor }) => {
      editor = mountSqlEditor(textarea, { tables: config.tables, labelId: 'sql-editor-label', run: () => form.requestSubmit() });
      form.dataset.editor = 'codemirror';
    });
  };
  form.addEventListener('pointerenter', upgrade, { once: true });
  form.addEventListener('focusin', upgrade, { once: true });
  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) form.requestSubmit();
  });

  const finish = (html: string, result: ConsoleResult | null, outcome: string): void => {
    slot.innerHTML = html;
    shown = result;
    downloadButton!.disabled = result === null;
    slot.dataset.sqlOutcome = outcome;
    slot.dataset.runCount = String(runs);
  };

  async function render(state: SqlState): Promise<void> {
    await cancelBrowserConsole();
    runs += 1;
    status.textContent = tr('sql.running');
    cancel!.disabled = false;
    slot.setAttribute('aria-busy', 'true');
    try {
      const result = await runBrowserConsole(state.q);
      const note = sqlEditionNoteHtml(tr, editionNote(state.q, result, config!.edition));
      finish(sqlResultHtml(config!.locale, tr, result) + note, result, 'result');
      status.textContent = '';
    } catch (error) {
      status.textContent = error instanceof CancelledQuery ? tr('sql.cancelled') : '';
      if (error instanceof CancelledQuery) finish('', null, 'cancelled');
      else if (error instanceof RefusedStatement) finish(sqlRefusalHtml(tr, error.reason, error.keyword), null, 'refused');
      else {
        const shownError = consoleError(error);
        const hint = /multiple statements/i.test(shownError.message) ? `<p class="note">${tr('sql.pivotHint')}</p>` : '';
        finish(sqlErrorHtml(tr, shownError) + hint, null, 'error');
      }
    } finally {
      cancel!.disabled = true;
      slot.removeAttribute('aria-busy');
    }
  }

  const sqlConfig = { defaultQuery: config.defaultQuery };
  const sync = startExplorer<SqlState>({
    form,
    trigger: 'submit',
    parse: (search) => parseSqlState(search, sqlConfig),
    serialise: (state) => serialiseSqlState(state, sqlConfig),
    read: () => ({ q: editor.get() }),
    show: (_form, state) => {
      if (editor.get() !== state.q) editor.set(state.q);
    },
    needs: () => ['all'],
    render: (_db, state) => render(state),
    labels: config.labels,
  });

  for (const link of document.querySelectorAll<HTMLAnchorElement>('[data-sql-example]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      const q = parseSqlState(new URL(link.href).search, sqlConfig).values.q;
      editor.set(q);
      sync.set({ q });
    });
  }
  cancel!.addEventListener('click', () => void cancelBrowserConsole());
  downloadButton!.addEventListener('click', () => {
    if (shown) download(toCsv(resultCsvRows(shown)), 'sql-result.csv');
  });
  copy!.addEventListener('click', () => {
    navigator.clipboard.writeText(location.href).then(
      () => (status.textContent = tr('sql.copied')),
      () => (status.textContent = tr('sql.copyFailed')),
    );
  });
}
