// The parts of the app's JSON file format (version 1) the peer reads and writes back.

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
  version: 1;
  exportedAt: string;
  tree: PeerTree;
}
