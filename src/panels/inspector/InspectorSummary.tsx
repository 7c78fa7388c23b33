import { KindIcon } from '../../ui/KindIcon';
import { KIND_LABEL, NODE_KINDS } from '../../domain/kinds';
import type { NodeKind, TreeDoc } from '../../domain/types';
import { useEditor } from '../../store/editor-context';
import { findingCountsOf } from '../../store/derived/findings';

const KEY_HINTS: ReadonlyArray<[keys: string[], what: string]> = [
  [['Tab'], 'add a child'],
  [['Enter'], 'add a sibling'],
  [['F2'], 'edit the title (or just start typing)'],
  [['←', '↑', '→', '↓'], 'move the selection'],
  [['Ctrl', 'Z'], 'undo'],
  [['Ctrl', 'Shift', 'Z'], 'redo'],
];

const KIND_PLURAL: Record<NodeKind, string> = {
  outcome: 'outcomes',
  opportunity: 'opportunities',
  solution: 'solutions',
  experiment: 'experiments',
};

function countKinds(doc: TreeDoc): Record<NodeKind, number> {
  const counts: Record<NodeKind, number> = { outcome: 0, opportunity: 0, solution: 0, experiment: 0 };
  for (const node of Object.values(doc.nodes)) counts[node.kind] += 1;
  return counts;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** What the inspector shows with nothing selected: the tree at a glance and how to start. */
export function InspectorSummary() {
  const doc = useEditor((state) => state.doc);
  const kinds = countKinds(doc);
  const evidence = Object.values(doc.evidence);
  const firstHand = evidence.filter((item) => item.firstHand).length;
  const findings = findingCountsOf(useEditor((state) => state.checkedDoc));

  return (
    <div className="inspector-summary">
      <h2>{doc.meta.title.trim() || 'Untitled tree'}</h2>
      <ul className="kind-counts" aria-label="Nodes in this tree">
        {NODE_KINDS.map((kind) => (
          <li key={kind} className={`kind-${kind}`}>
            <KindIcon kind={kind} />
            <span>{plural(kinds[kind], KIND_LABEL[kind].toLowerCase(), KIND_PLURAL[kind])}</span>
          </li>
        ))}
      </ul>
      <p>
        {plural(evidence.length, 'evidence item')}, {firstHand} first-hand ·{' '}
        {plural(findings.errors, 'error')}, {plural(findings.warnings, 'warning')}, {plural(findings.infos, 'note')}
      </p>
      <h3>How to start</h3>
      <p>Select a node (click it, or press an arrow key to start at the outcome) to edit it here.</p>
      <ul className="key-hints">
        {KEY_HINTS.map(([keys, what]) => (
          <li key={what}>
            <span className="key-combo">
              {keys.map((key) => (
                <kbd key={key}>{key}</kbd>
              ))}
            </span>
            <span>{what}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
