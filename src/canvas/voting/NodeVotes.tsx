import { useOwnDots, useShownVotes } from './use-vote-state';

/**
 * The votes corner of a node: during an open round, the current voter's own dots on it (never the
 * others'); otherwise the node's shown count. Renders nothing when there is neither.
 */
export function NodeVotes({ nodeId }: { nodeId: string }) {
  const own = useOwnDots(nodeId);
  const shown = useShownVotes(nodeId);
  if (own !== null) {
    const label = own === 0 ? 'No dot of yours yet' : `${own} of your dots`;
    return (
      <span className="node-votes is-own" data-own-dots={own} aria-label={label} title={`${label} — click to add a dot, Shift+click to take one back`}>
        {own === 0 ? '○' : '●'.repeat(Math.min(own, 5)) + (own > 5 ? ` ${own}` : '')}
      </span>
    );
  }
  if (!shown) return null;
  return (
    <span className="node-votes" aria-label={`${shown} ${shown === 1 ? 'vote' : 'votes'}`} title={`${shown} ${shown === 1 ? 'vote' : 'votes'}`}>
      ● {shown}
    </span>
  );
}
