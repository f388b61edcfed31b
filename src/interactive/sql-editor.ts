/**
 * The SQL console's CodeMirror 6 editor, loaded (dynamic import) only when someone shows intent on the
 * console page, so no other page carries it. It replaces the pre-rendered textarea in place, keeps its
 * label, highlights DuckDB's SQL and completes the schema's tables and columns. Tab is left to the
 * page's focus order (no tab trapping); Ctrl/Cmd+Enter runs the query.
 */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { autocompletion, closeCompletion, completionKeymap } from '@codemirror/autocomplete';
import { PostgreSQL, sql, SQLDialect } from '@codemirror/lang-sql';
import { defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';

/** PostgreSQL's keywords and types, plus DuckDB's own statements and clauses. */
const DUCKDB = SQLDialect.define({
  ...PostgreSQL.spec,
  keywords: `${PostgreSQL.spec.keywords ?? ''} pivot unpivot summarize describe qualify exclude replace columns any_value list struct map using sample asof positional`,
  types: `${PostgreSQL.spec.types ?? ''} hugeint ubigint uinteger usmallint utinyint varchar blob list struct map union`,
});

/** The editor the console reads and writes. */
export interface SqlEditor {
  get(): string;
  set(text: string): void;
  focus(): void;
}

/** Replaces `textarea` with CodeMirror; `run` is called on Ctrl/Cmd+Enter. */
export function mountSqlEditor(
  textarea: HTMLTextAreaElement,
  options: { tables: Record<string, string[]>; labelId: string; run: () => void },
): SqlEditor {
  const hadFocus = document.activeElement === textarea;
  const view = new EditorView({
    state: EditorState.create({
      doc: textarea.value,
      selection: { anchor: Math.min(textarea.selectionStart, textarea.value.length) },
      extensions: [
        lineNumbers(),
        highlightActiveLine(),
        history(),
        sql({ dialect: DUCKDB, schema: options.tables, upperCaseKeywords: true }),
        autocompletion(),
        syntaxHighlighting(defaultHighlightStyle),
        keymap.of([
          {
            key: 'Mod-Enter',
            // Running closes an open completion list: it would cover the result being read.
            run: (view) => {
              closeCompletion(view);
              options.run();
              return true;
            },
          },
          ...completionKeymap,
          ...historyKeymap,
          ...defaultKeymap,
        ]),
        EditorView.contentAttributes.of({ 'aria-labelledby': options.labelId, 'aria-multiline': 'true', spellcheck: 'false' }),
        // The textarea keeps the text, so the form and a later reload of the component read the same query.
        EditorView.updateListener.of((update) => {
          if (update.docChanged) textarea.value = update.state.doc.toString();
        }),
      ],
    }),
  });
  textarea.hidden = true;
  textarea.after(view.dom);
  if (hadFocus) view.focus();
  return {
    get: () => view.state.doc.toString(),
    set(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    focus: () => view.focus(),
  };
}
