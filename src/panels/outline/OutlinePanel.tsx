import { useCallback, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { outlineRows } from '../../domain/outline-rows';
import { useEditor, useEditorActions, useEditorStoreApi } from '../../store/editor-context';
import { isImeComposing } from '../../ui/ime';
import { outlineAction } from './outline-keys';
import { OutlineRow } from './OutlineRow';
import './outline.css';

/** Every row is this tall, so the outline can draw only the rows in view (2,000-node trees). */
export const OUTLINE_ROW_HEIGHT = 36;
/** Rows drawn above and below the visible ones; a tree of up to ~100 open rows is drawn whole. */
const OVERSCAN = 50;

/**
 * The tree as an ARIA tree (WAI-ARIA tree view pattern): one `treeitem` per visible node with its
 * level, position among siblings, expanded and selected state. The selection is the canvas's; arrows
 * move it, → and ← open and close branches, Enter or F2 edits a title in place. Rows outside the
 * scrolled view are not drawn; aria-setsize and aria-posinset still tell where each row sits.
 */
export function OutlinePanel() {
  const rows = useEditor((state) => outlineRows(state.doc.nodes));
  const nodes = useEditor((state) => state.doc.nodes);
  const selectedId = useEditor((state) => state.selectedId);
  const actions = useEditorActions();
  const store = useEditorStoreApi();
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(720);
  const [editingId, setEditingId] = useState<string | null>(null);
  const focusPending = useRef(false);

  const indexById = useMemo(() => new Map(rows.map((row, index) => [row.id, index])), [rows]);
  // The row in the tab order: the selected node, or its nearest shown ancestor, or the first row.
  let active = 0;
  for (let id = selectedId; id; id = nodes[id]?.parentId ?? null) {
    const index = indexById.get(id);
    if (index !== undefined) {
      active = index;
      break;
    }
  }
  const activeRow = rows[active];

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => setViewHeight(element.clientHeight || 720);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // Keep the active row in view (the selection may have moved on the canvas), then focus it if a
  // key in the outline moved it.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element || !activeRow) return;
    const rowTop = active * OUTLINE_ROW_HEIGHT;
    if (rowTop < element.scrollTop) element.scrollTop = rowTop;
    else if (rowTop + OUTLINE_ROW_HEIGHT > element.scrollTop + element.clientHeight) element.scrollTop = rowTop + OUTLINE_ROW_HEIGHT - element.clientHeight;
    setScrollTop(element.scrollTop);
    if (focusPending.current) {
      focusPending.current = false;
      document.getElementById(`outline-${activeRow.id}`)?.focus({ preventScroll: true });
    }
  }, [active, activeRow, editingId]);

  const select = useCallback(
    (id: string) => {
      focusPending.current = true;
      actions.select(id);
      // Selecting the row already selected changes nothing, so focus it here.
      if (store.getState().selectedId === id) document.getElementById(`outline-${id}`)?.focus({ preventScroll: true });
    },
    [actions, store],
  );
  const toggle = useCallback((id: string) => actions.toggleCollapsed(id), [actions]);
  const editDone = useCallback(() => {
    focusPending.current = true;
    setEditingId(null);
  }, []);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.defaultPrevented || isImeComposing(event) || !(event.target instanceof HTMLElement) || event.target.getAttribute('role') !== 'treeitem') return;
    const action = outlineAction(rows, active, event, (id) => nodes[id]?.title ?? '');
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    switch (action.type) {
      case 'move': {
        const row = rows[action.index];
        if (row) select(row.id);
        return;
      }
      case 'expand':
        actions.toggleCollapsed(action.id, false);
        return;
      case 'collapse':
        actions.toggleCollapsed(action.id, true);
        return;
      case 'expand-all':
        for (const id of action.ids) actions.toggleCollapsed(id, false);
        return;
      case 'edit':
        actions.select(action.id);
        setEditingId(action.id);
        return;
    }
  }

  const first = Math.max(0, Math.floor(scrollTop / OUTLINE_ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + viewHeight) / OUTLINE_ROW_HEIGHT) + OVERSCAN);
  const drawn = rows.slice(first, last).map((row, offset) => ({ row, index: first + offset }));
  // The active row is always drawn, so Tab into the tree lands on it wherever the view is scrolled.
  if (activeRow && (active < first || active >= last)) drawn.push({ row: activeRow, index: active });

  return (
    <section className="outline-panel" data-region="outline" aria-labelledby="outline-heading">
      <h2 id="outline-heading" className="outline-heading">
        Outline <span className="muted">{Object.keys(nodes).length} nodes</span>
      </h2>
      <div
        ref={scroller}
        className="outline-scroll"
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      >
        <div
          role="tree"
          aria-labelledby="outline-heading"
          data-testid="outline"
          className="outline-tree"
          style={{ height: rows.length * OUTLINE_ROW_HEIGHT }}
          onKeyDown={onKeyDown}
        >
          {drawn.map(({ row, index }) => (
            <OutlineRow
              key={row.id}
              row={row}
              active={index === active}
              editing={editingId === row.id}
              top={index * OUTLINE_ROW_HEIGHT}
              onSelect={select}
              onToggle={toggle}
              onEditDone={editDone}
            />
          ))}
        </div>
      </div>
    </section>
  );
}
