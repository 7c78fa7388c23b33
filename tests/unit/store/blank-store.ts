import type { Patch } from 'immer';
import { createBlankTree } from '../../../src/domain/new-tree';
import { rootOf } from '../../../src/domain/tree-index';
import { createEditorStore } from '../../../src/store/editor-store';

/** An editor store over a blank tree with its outcome selected; `saved` collects each change's patches. */
export function blankStore() {
  const doc = createBlankTree('Test tree');
  const rootId = rootOf(doc)!.id;
  const saved: Patch[][] = [];
  const store = createEditorStore(doc, { onPatches: (patches) => saved.push(patches), initialSelection: rootId });
  return { store, rootId, saved, actions: store.getState().actions };
}
