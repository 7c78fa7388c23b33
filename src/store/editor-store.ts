import { applyPatches, enablePatches, freeze, produceWithPatches, type Draft, type Patch } from 'immer';
import { createStore } from 'zustand/vanilla';
import { defaultChildKind } from '../domain/kinds';
import { addNode, addSibling } from '../domain/operations/add-node';
import { deleteSubtree } from '../domain/operations/delete-subtree';
import { OperationRefused } from '../domain/operations/refused';
import { updateNode } from '../domain/operations/update-node';
import { UNTITLED_TREE } from '../domain/new-tree';
import { statusRefusal } from '../domain/status-gate';
import type { TreeDoc } from '../domain/types';
import type { ApplyOptions, ApplyOutcome } from './apply';
import { createEvidenceActions } from './evidence-actions';
import { createKeyResultActions } from './key-result-actions';
import { rollbackFreshNode, type FreshNode } from './fresh-node';
import { createVoteActions } from './vote-actions';
import { createArrangeActions } from './arrange-actions';
import { createTreeSettingsActions } from './tree-settings-actions';
import { pushEntry } from './history';
import { makeNotice } from './notice';

import type { EditorActions, EditorState, EditorStore, EditorStoreOptions } from './editor-state';

enablePatches();

export type { EditorActions, EditorState, EditorStore, EditorStoreOptions } from './editor-state';

/**
 * A fresh store for one open tree (DESIGN.md: a store factory, so every canvas and test gets its own):
 * every change runs a domain operation with immer's produceWithPatches; the patches feed undo/redo
 * and `options.onPatches` (autosave). Refused operations become a notice, never a throw.
 */
export function createEditorStore(initialDoc: TreeDoc, options: EditorStoreOptions = {}): EditorStore {
  let editSession = 0;
  let editKey: string | undefined;
  let checkScheduled = false;
  let fieldSession = 0;
  let fieldEditKey: string | undefined;
  let fresh: FreshNode | null = null;

  return createStore<EditorState>()((set, get) => {
    /** The state change that shows `doc`, with findings now or after the next paint. */
    function showDoc(doc: TreeDoc): Pick<EditorState, 'doc'> | Pick<EditorState, 'doc' | 'checkedDoc'> {
      if (!options.deferValidation) return { doc, checkedDoc: doc };
      if (!checkScheduled) {
        checkScheduled = true;
        const catchUp = () => {
          checkScheduled = false;
          const state = get();
          if (state.checkedDoc !== state.doc) set({ checkedDoc: state.doc });
        };
        // A task queued from an animation frame runs after that frame is painted.
        if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(catchUp, 0));
        else setTimeout(catchUp, 0);
      }
      return { doc };
    }

    /** Runs a domain operation on the document; a refusal becomes a visible notice. */
    function apply<R>(recipe: (draft: Draft<TreeDoc>) => R, applyOptions: ApplyOptions): ApplyOutcome<R> {
      const state = get();
      if (state.readOnly) return { ok: false };
      let result: R | undefined;
      let nextDoc: TreeDoc;
      let patches: Patch[];
      let inversePatches: Patch[];
      try {
        [nextDoc, patches, inversePatches] = produceWithPatches(state.doc, (draft) => {
          result = recipe(draft);
        });
      } catch (error) {
        if (error instanceof OperationRefused) {
          set({ notice: makeNotice('refused', error.message) });
          return { ok: false };
        }
        throw error;
      }
      if (patches.length === 0) return { ok: true, result: result as R };
      const selected = applyOptions.select?.(result);
      const selectionAfter = selected === undefined ? state.selectedId : selected;
      const record = applyOptions.recordHistory ?? true;
      set({
        ...showDoc(nextDoc),
        selectedId: selectionAfter,
        // A refusal explained the last attempt; once a change goes through it no longer holds
        // (e.g. "Voter 1 has placed all dots" after the next voter's first dot).
        ...(state.notice?.tone === 'refused' ? { notice: null } : {}),
        ...(record
          ? {
              past: pushEntry(state.past, {
                label: applyOptions.label,
                patches,
                inversePatches,
                coalesceKey: applyOptions.coalesceKey,
                selectionBefore: state.selectedId,
                selectionAfter,
              }),
              future: [],
            }
          : {}),
      });
      options.onPatches?.(patches);
      return { ok: true, result: result as R };
    }

    function travel(direction: 'undo' | 'redo'): void {
      const state = get();
      if (state.readOnly) return;
      if (state.editingId) endEditSession();
      const source = direction === 'undo' ? state.past : state.future;
      const entry = source[source.length - 1];
      if (!entry) return;
      const patches = direction === 'undo' ? entry.inversePatches : entry.patches;
      let doc: TreeDoc;
      try {
        doc = applyPatches(state.doc, patches);
      } catch {
        // Another tab removed what this step changed (see remote-merge.ts): drop the step.
        set({
          ...(direction === 'undo' ? { past: state.past.slice(0, -1) } : { future: state.future.slice(0, -1) }),
          notice: makeNotice('info', `“${entry.label}” cannot be ${direction === 'undo' ? 'undone' : 'redone'}: another tab changed that part of the tree.`),
        });
        return;
      }
      const selection = direction === 'undo' ? entry.selectionBefore : entry.selectionAfter;
      const closedEntry = { ...entry, coalesceKey: undefined };
      set({
        ...showDoc(doc),
        selectedId: selection !== null && doc.nodes[selection] ? selection : fallbackSelection(doc, state.selectedId),
        editingId: null,
        past: direction === 'undo' ? state.past.slice(0, -1) : [...state.past, closedEntry],
        future: direction === 'undo' ? [...state.future, closedEntry] : state.future.slice(0, -1),
      });
      options.onPatches?.(patches);
    }

    /** A node just added starts in edit mode; remembered so it can be taken back if left empty. */
    function startNaming(id: string): void {
      actions.startEditing(id);
      const entry = get().past[get().past.length - 1];
      fresh = entry ? { id, entry } : null;
    }

    function endEditSession(): void {
      editKey = undefined;
      set({ editingId: null });
    }

    const actions: EditorActions = {
      select(id) {
        if (get().editingId && get().editingId !== id) endEditSession();
        set({ selectedId: id });
      },
      reveal(id) {
        const { doc } = get();
        if (!doc.nodes[id]) return;
        let ancestorId = doc.nodes[id]?.parentId ?? null;
        while (ancestorId) {
          if (doc.nodes[ancestorId]?.collapsed) actions.toggleCollapsed(ancestorId, false);
          ancestorId = doc.nodes[ancestorId]?.parentId ?? null;
        }
        actions.select(id);
        set({ revealRequest: { id, tick: (get().revealRequest?.tick ?? 0) + 1 } });
      },
      startEditing(id) {
        if (!get().doc.nodes[id] || get().readOnly) return;
        if (fresh?.id !== id) fresh = null;
        editSession += 1;
        editKey = `edit:${id}:${editSession}`;
        set({ selectedId: id, editingId: id });
      },
      stopEditing() {
        endEditSession();
      },
      finishEditing() {
        const state = get();
        const editing = state.editingId;
        const candidate = fresh;
        fresh = null;
        endEditSession();
        if (!editing || candidate?.id !== editing) return false;
        const rollback = rollbackFreshNode(state.doc, state.past, candidate);
        if (!rollback) return false;
        set({
          ...showDoc(rollback.doc),
          past: rollback.past,
          selectedId: rollback.selectedId && rollback.doc.nodes[rollback.selectedId] ? rollback.selectedId : fallbackSelection(rollback.doc, null),
        });
        options.onPatches?.(rollback.patches);
        return true;
      },
      setTitle(id, title) {
        const key = get().editingId === id && editKey ? editKey : undefined;
        apply(
          (draft) => {
            const node = draft.nodes[id];
            // Until the tree is named, it carries its outcome's name in the library.
            if (node?.parentId === null && (draft.meta.title === UNTITLED_TREE || draft.meta.title === node.title)) {
              draft.meta.title = title.trim() ? title : UNTITLED_TREE;
            }
            updateNode(draft, id, { title });
          },
          { label: 'Edit title', coalesceKey: key },
        );
      },
      updateNode(id, fields, label = 'Edit node') {
        if (fields.status !== undefined) {
          const refusal = statusRefusal(get().doc, id, fields.status);
          if (refusal) {
            set({ notice: makeNotice('refused', refusal) });
            return false;
          }
        }
        return apply((draft) => updateNode(draft, id, fields), { label, coalesceKey: fieldEditKey }).ok;
      },
      beginFieldEdit(fieldKey) {
        fieldSession += 1;
        fieldEditKey = `field:${fieldKey}:${fieldSession}`;
      },
      endFieldEdit() {
        fieldEditKey = undefined;
      },
      addChild(parentId, kind) {
        const parent = get().doc.nodes[parentId];
        const childKind = kind ?? (parent ? defaultChildKind(parent.kind) : null);
        if (!parent || !childKind) {
          set({ notice: makeNotice('refused', 'An experiment is the last level of the tree; it has no children.') });
          return null;
        }
        const outcome = apply((draft) => addNode(draft, { parentId, kind: childKind }), {
          label: 'Add node',
          select: (id) => id as string,
        });
        if (!outcome.ok) return null;
        startNaming(outcome.result);
        return outcome.result;
      },
      addSibling(id) {
        const outcome = apply((draft) => addSibling(draft, id), { label: 'Add node', select: (newId) => newId as string });
        if (!outcome.ok) return null;
        startNaming(outcome.result);
        return outcome.result;
      },
      deleteSubtree(id) {
        if (get().editingId) endEditSession();
        return apply((draft) => deleteSubtree(draft, id), {
          label: 'Delete',
          select: (next) => next as string | null,
        }).ok;
      },
      ...createArrangeActions(apply, () => get().doc),
      ...createEvidenceActions(apply),
      ...createKeyResultActions(apply, () => fieldEditKey),
      ...createVoteActions(apply),
      ...createTreeSettingsActions(apply),
      undo() {
        travel('undo');
      },
      redo() {
        travel('redo');
      },
      replaceDoc(doc) {
        editKey = undefined;
        const selected = get().selectedId;
        const frozen = freeze(doc, true);
        set({
          doc: frozen,
          checkedDoc: frozen,
          past: [],
          future: [],
          editingId: null,
          selectedId: selected && doc.nodes[selected] ? selected : fallbackSelection(doc, null),
        });
      },
      notify(tone, message) {
        set({ notice: makeNotice(tone, message) });
      },
      dismissNotice() {
        set({ notice: null });
      },
      setReadOnly(readOnly) {
        if (readOnly && get().editingId) endEditSession();
        set({ readOnly });
      },
    };

    const initialEditing = options.initialEditing ?? null;
    if (initialEditing) {
      editSession += 1;
      editKey = `edit:${initialEditing}:${editSession}`;
    }

    // Frozen like every state immer produces, so derived data (tree index, findings, layout)
    // can be memoised on it from the first render.
    const frozenInitial = freeze(initialDoc, true);
    return {
      doc: frozenInitial,
      checkedDoc: frozenInitial,
      selectedId: options.initialSelection ?? initialEditing ?? null,
      editingId: initialEditing,
      past: [],
      future: [],
      notice: null,
      revealRequest: null,
      readOnly: false,
      actions,
    };
  });
}

function fallbackSelection(doc: TreeDoc, current: string | null): string | null {
  if (current && doc.nodes[current]) return current;
  const root = Object.values(doc.nodes).find((node) => node.parentId === null);
  return root?.id ?? null;
}
