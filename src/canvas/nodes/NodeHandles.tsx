import { Handle, Position } from '@xyflow/react';

/**
 * Where edges meet a node: top and left for the edge from its parent (down, or from the side in a
 * stacked column or a left-to-right tree), bottom and right for edges to its children. The ids
 * match the handles flow-elements.ts declares up front.
 */
export function NodeHandles() {
  return (
    <>
      <Handle id="top" type="target" position={Position.Top} isConnectable={false} />
      <Handle id="left" type="target" position={Position.Left} isConnectable={false} />
      <Handle id="bottom" type="source" position={Position.Bottom} isConnectable={false} />
      <Handle id="right" type="source" position={Position.Right} isConnectable={false} />
    </>
  );
}
