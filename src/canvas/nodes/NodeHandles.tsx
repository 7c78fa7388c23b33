import { Position } from '@xyflow/react';

type HandleSpec = { id: string; type: 'source' | 'target'; position: Position };

const HANDLES: readonly HandleSpec[] = [
  { id: 'top', type: 'target', position: Position.Top },
  { id: 'left', type: 'target', position: Position.Left },
  { id: 'bottom', type: 'source', position: Position.Bottom },
  { id: 'right', type: 'source', position: Position.Right },
];

/**
 * Where edges meet a node: top and left for the edge from its parent (down, or from the side in a
 * stacked column or a left-to-right tree), bottom and right for edges to its children. The ids
 * match the handles flow-elements.ts declares up front.
 *
 * Plain markers with the classes and data attributes React Flow measures handles by, not its
 * <Handle> component: nothing here connects, and each <Handle> subscribes to the flow store and
 * is re-checked on every frame of a pan (8,000 of them on a 2,000-node tree in view).
 */
export function NodeHandles() {
  return (
    <>
      {HANDLES.map(({ id, type, position }) => (
        <div key={id} className={`react-flow__handle react-flow__handle-${position} ${type}`} data-handleid={id} data-handlepos={position} aria-hidden="true" />
      ))}
    </>
  );
}
