// Renders components inside an editor store made from a test tree, and hands back the store so a
// test can check what the user's actions changed.
import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { TreeDoc } from '../../src/domain/types';
import { EditorStoreProvider } from '../../src/store/editor-context';
import { createEditorStore, type EditorStore, type EditorStoreOptions } from '../../src/store/editor-store';

export interface RenderedEditor extends RenderResult {
  store: EditorStore;
}

export function renderEditor(doc: TreeDoc, children: ReactNode, options: EditorStoreOptions = {}): RenderedEditor {
  const store = createEditorStore(doc, options);
  const result = render(<EditorStoreProvider store={store}>{children}</EditorStoreProvider>);
  return { ...result, store };
}
