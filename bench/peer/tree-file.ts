// The parts of the app's JSON file format (versions 1 and 2) the peer reads and writes back.

export interface PeerTreeNode {
  id: string;
  kind: string;
  parentId: string | null;
  title: string;
  [field: string]: unknown;
}

export interface PeerTree {
  id: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  nodes: PeerTreeNode[];
  evidence: unknown[];
}

export interface PeerTreeFile {
  format: 'ost-tree';
  version: number;
  exportedAt: string;
  tree: PeerTree;
}
