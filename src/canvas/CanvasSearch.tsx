import { useEffect, useMemo, useRef, useState } from 'react';
import { orderedNodes } from '../domain/tree-index';
import { useEditor, useEditorActions } from '../store/editor-context';
import { matchesSearch, useCanvasUi } from './canvas-ui-store';
import { focusCanvas } from './focus-canvas';
import { isImeComposing } from '../ui/ime';

/** Ctrl/Cmd+F: find nodes by title; Enter jumps to the next match, Esc closes. */
export function CanvasSearch() {
  const open = useCanvasUi((state) => state.searchOpen);
  // Only an open search box follows the document, so a closed one costs typing nothing.
  return open ? <SearchBox /> : null;
}

function SearchBox() {
  const query = useCanvasUi((state) => state.searchQuery);
  const doc = useEditor((state) => state.doc);
  const actions = useEditorActions();
  const [position, setPosition] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const matches = useMemo(() => orderedNodes(doc).filter((node) => matchesSearch(node.title, query)).map((node) => node.id), [doc, query]);

  useEffect(() => {
    input.current?.focus();
  }, []);

  function close() {
    useCanvasUi.getState().closeSearch();
    focusCanvas();
  }

  function jump(step: number) {
    if (matches.length === 0) return;
    const next = (position + step + matches.length) % matches.length;
    setPosition(next);
    actions.reveal(matches[next]!);
  }

  return (
    <div className="canvas-search" role="search">
      <label className="visually-hidden" htmlFor="canvas-search-input">
        Find in tree
      </label>
      <input
        id="canvas-search-input"
        dir="auto"
        ref={input}
        data-testid="search-input"
        placeholder="Find in tree…"
        value={query}
        onChange={(event) => {
          setPosition(-1);
          useCanvasUi.getState().setSearchQuery(event.target.value);
        }}
        onKeyDown={(event) => {
          if (isImeComposing(event)) return;
          if (event.key === 'Enter') {
            event.preventDefault();
            jump(event.shiftKey ? -1 : 1);
          } else if (event.key === 'Escape') {
            event.preventDefault();
            close();
          }
        }}
      />
      <span aria-live="polite">{query.trim() ? `${matches.length === 0 ? 0 : Math.max(position, 0) + (position >= 0 ? 1 : 0)} / ${matches.length}` : ''}</span>
      <button type="button" className="btn btn-ghost" onClick={close} aria-label="Close search">
        ✕
      </button>
    </div>
  );
}
