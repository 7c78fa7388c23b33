import type { NodeStatus } from '../../domain/types';

export function statusLabel(status: NodeStatus): string {
  return status.charAt(0).toUpperCase() + status.slice(1);
}
