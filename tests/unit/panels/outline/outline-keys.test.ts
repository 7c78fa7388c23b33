import { describe, expect, it } from 'vitest';
import { outlineRows } from '../../../../src/domain/outline-rows';
import { outlineAction } from '../../../../src/panels/outline/outline-keys';
import { buildDoc, outcome } from '../../domain/rules/build-doc';

const doc = buildDoc(
  outcome([
    { kind: 'opportunity', id: 'o1', title: 'Forget to practise', children: [{ kind: 'solution', id: 's1', title: 'Reminder' }] },
    { kind: 'opportunity', id: 'o2', title: 'Busy evenings', collapsed: true, children: [{ kind: 'opportunity', id: 'o3' }] },
    { kind: 'opportunity', id: 'o4', title: 'Feel no progress', collapsed: true, children: [{ kind: 'solution', id: 's4' }] },
  ]),
);
const rows = outlineRows(doc.nodes);
const at = (id: string) => rows.findIndex((row) => row.id === id);
const press = (id: string, key: string) => outlineAction(rows, at(id), { key, ctrlKey: false, metaKey: false, altKey: false }, (nodeId) => doc.nodes[nodeId]?.title ?? '');

describe('outline keys (WAI-ARIA tree view pattern)', () => {
  it('moves up and down the visible rows, and Home / End to the ends', () => {
    expect(press('o1', 'ArrowDown')).toEqual({ type: 'move', index: at('s1') });
    expect(press('s1', 'ArrowUp')).toEqual({ type: 'move', index: at('o1') });
    expect(press('outcome', 'ArrowUp')).toBeNull();
    expect(press('s1', 'Home')).toEqual({ type: 'move', index: 0 });
    expect(press('o1', 'End')).toEqual({ type: 'move', index: rows.length - 1 });
  });

  it('→ opens a closed branch, then goes to its first child; ← closes an open one, then goes to the parent', () => {
    expect(press('o2', 'ArrowRight')).toEqual({ type: 'expand', id: 'o2' });
    expect(press('o1', 'ArrowRight')).toEqual({ type: 'move', index: at('s1') });
    expect(press('o1', 'ArrowLeft')).toEqual({ type: 'collapse', id: 'o1' });
    expect(press('s1', 'ArrowLeft')).toEqual({ type: 'move', index: at('o1') });
    expect(press('s1', 'ArrowRight')).toBeNull();
  });

  it('* opens every closed sibling; Enter and F2 edit; a letter jumps to the next title starting with it', () => {
    expect(press('o1', '*')).toEqual({ type: 'expand-all', ids: ['o2', 'o4'] });
    expect(press('o1', 'Enter')).toEqual({ type: 'edit', id: 'o1' });
    expect(press('o1', 'F2')).toEqual({ type: 'edit', id: 'o1' });
    expect(press('outcome', 'f')).toEqual({ type: 'move', index: at('o1') });
    expect(press('o1', 'F')).toEqual({ type: 'move', index: at('o4') });
  });

  it('leaves keys with Ctrl, Cmd or Alt to the rest of the editor', () => {
    expect(outlineAction(rows, 0, { key: 'ArrowDown', ctrlKey: true, metaKey: false, altKey: false }, () => '')).toBeNull();
  });
});
