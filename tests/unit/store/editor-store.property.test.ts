import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBlankTree } from '../../../src/domain/new-tree';
import { rootOf } from '../../../src/domain/tree-index';
import type { NodeKind, TreeDoc } from '../../../src/domain/types';
import { createEditorStore, type EditorStore } from '../../../src/store/editor-store';
import { treeInvariantViolations } from '../domain/tree-invariants';

// Operations pick their targets by index into the current node list, so every generated
// sequence applies to whatever tree the previous steps produced (a seeded fuzz of the store).
type Operation =
  | { type: 'add'; at: number; kind: NodeKind }
  | { type: 'sibling'; at: number }
  | { type: 'title'; at: number; title: string }
  | { type: 'delete'; at: number }
  | { type: 'move'; at: number; to: number; index: number }
  | { type: 'shift'; at: number; direction: -1 | 1 }
  | { type: 'evidence'; at: number; firstHand: boolean }
  | { type: 'unlink'; at: number }
  | { type: 'collapse'; at: number }
  | { type: 'undo' }
  | { type: 'redo' };

const kinds: NodeKind[] = ['opportunity', 'solution', 'experiment', 'outcome'];
const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ type: fc.constant('add' as const), at: fc.nat(), kind: fc.constantFrom(...kinds) }),
  fc.record({ type: fc.constant('sibling' as const), at: fc.nat() }),
  fc.record({ type: fc.constant('title' as const), at: fc.nat(), title: fc.string({ maxLength: 30 }) }),
  fc.record({ type: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ type: fc.constant('move' as const), at: fc.nat(), to: fc.nat(), index: fc.nat({ max: 5 }) }),
  fc.record({ type: fc.constant('shift' as const), at: fc.nat(), direction: fc.constantFrom(-1 as const, 1 as const) }),
  fc.record({ type: fc.constant('evidence' as const), at: fc.nat(), firstHand: fc.boolean() }),
  fc.record({ type: fc.constant('unlink' as const), at: fc.nat() }),
  fc.record({ type: fc.constant('collapse' as const), at: fc.nat() }),
  fc.constant({ type: 'undo' as const }),
  fc.constant({ type: 'redo' as const }),
);

function pick(store: EditorStore, at: number): string {
  const ids = Object.keys(store.getState().doc.nodes).sort();
  return ids[at % ids.length]!;
}

function run(store: EditorStore, op: Operation): void {
  const { actions, doc } = store.getState();
  switch (op.type) {
    case 'add':
      actions.addChild(pick(store, op.at), op.kind);
      break;
    case 'sibling':
      actions.addSibling(pick(store, op.at));
      break;
    case 'title': {
      const id = pick(store, op.at);
      actions.startEditing(id);
      actions.setTitle(id, op.title);
      actions.stopEditing();
      break;
    }
    case 'delete':
      actions.deleteSubtree(pick(store, op.at));
      break;
    case 'move':
      actions.moveNode({ id: pick(store, op.at), newParentId: pick(store, op.to), index: op.index });
      break;
    case 'shift':
      actions.shiftAmongSiblings(pick(store, op.at), op.direction);
      break;
    case 'evidence':
      actions.addEvidence({ kind: 'interview', firstHand: op.firstHand, summary: 'heard it' }, pick(store, op.at));
      break;
    case 'unlink': {
      const id = pick(store, op.at);
      const evidenceId = doc.nodes[id]?.evidenceIds?.[0];
      if (evidenceId) actions.unlinkEvidence(id, evidenceId);
      else {
        const anyEvidence = Object.keys(doc.evidence)[0];
        if (anyEvidence) actions.deleteEvidence(anyEvidence);
      }
      break;
    }
    case 'collapse':
      actions.toggleCollapsed(pick(store, op.at));
      break;
    case 'undo':
      actions.undo();
      break;
    case 'redo':
      actions.redo();
      break;
  }
}

/** The document without view state (collapsing is deliberately outside undo history). */
function content(doc: TreeDoc) {
  return {
    meta: doc.meta,
    evidence: doc.evidence,
    nodes: Object.fromEntries(Object.entries(doc.nodes).map(([id, { collapsed: _collapsed, ...node }]) => [id, node])),
  };
}

describe('editor store under random operation sequences', () => {
  it('keeps the tree valid: one root outcome, no cycles, kind rules, known evidence', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 60 }), (operations) => {
        const store = createEditorStore(createBlankTree('fuzz'));
        for (const op of operations) {
          run(store, op);
          expect(treeInvariantViolations(store.getState().doc)).toEqual([]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('restores the starting tree when every step is undone, and the end state when redone', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 60 }), (operations) => {
        const start = createBlankTree('fuzz');
        const store = createEditorStore(start);
        for (const op of operations) run(store, op);
        const end = content(store.getState().doc);
        let undone = 0;
        while (store.getState().past.length > 0) {
          store.getState().actions.undo();
          undone += 1;
        }
        expect(content(store.getState().doc)).toEqual(content(start));
        for (let step = 0; step < undone; step++) store.getState().actions.redo();
        expect(content(store.getState().doc)).toEqual(end);
      }),
      { numRuns: 150 },
    );
  });

  it('never removes the root outcome', () => {
    const store = createEditorStore(createBlankTree('fuzz'));
    const rootId = rootOf(store.getState().doc)!.id;
    expect(store.getState().actions.deleteSubtree(rootId)).toBe(false);
    expect(store.getState().doc.nodes[rootId]).toBeDefined();
  });
});
