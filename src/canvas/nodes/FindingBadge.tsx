import { useEditor } from '../../store/editor-context';
import { badgeKeyForNode } from '../../store/derived/findings';

const SYMBOL = { error: '!', warning: '▲', info: 'i' } as const;
const LABEL = { error: 'error', warning: 'warning', info: 'note' } as const;

/** The node's worst finding severity and how many findings it has. */
export function FindingBadge({ nodeId }: { nodeId: string }) {
  const badgeKey = useEditor((state) => badgeKeyForNode(state.checkedDoc, nodeId));
  if (!badgeKey) return null;
  const [severity, countText] = badgeKey.split(':') as ['error' | 'warning' | 'info', string];
  const count = Number(countText);
  return (
    <span
      className="finding-badge"
      data-severity={severity}
      data-count={count}
      title={`${count} ${LABEL[severity]}${count === 1 ? '' : 's'} or fewer severe findings — see the findings panel`}
      aria-label={`${count} finding${count === 1 ? '' : 's'}, worst: ${severity}`}
    >
      <span aria-hidden="true">{SYMBOL[severity]}</span>
      {count}
    </span>
  );
}
