import { initialRanks } from './operations/ranks';
import { orderedNodes } from './tree-index';
import type { OstNode, Tree, TreeDoc, TreeSettings, VoteRound } from './types';

/** The editor's keyed document as a file-shaped tree: nodes depth-first in sibling order, no ranks. */
export function docToTree(doc: TreeDoc): Tree {
  const nodes = orderedNodes(doc).map(({ rank: _rank, ...node }) => node);
  return {
    id: doc.meta.id,
    title: doc.meta.title,
    createdAt: doc.meta.createdAt,
    updatedAt: doc.meta.updatedAt,
    settings: settingsCopy(doc.meta.settings),
    nodes,
    evidence: Object.values(doc.evidence),
    ...(doc.meta.voteRounds?.length ? { voteRounds: roundsCopy(doc.meta.voteRounds) } : {}),
  };
}

/** A file-shaped tree as the editor's keyed document; sibling order comes from array order. */
export function treeToDoc(tree: Tree): TreeDoc {
  const byParent = new Map<string | null, Omit<OstNode, 'rank'>[]>();
  for (const node of tree.nodes) {
    const siblings = byParent.get(node.parentId);
    if (siblings) siblings.push(node);
    else byParent.set(node.parentId, [node]);
  }
  const nodes: Record<string, OstNode> = {};
  for (const siblings of byParent.values()) {
    const ranks = initialRanks(siblings.length);
    siblings.forEach((node, position) => {
      nodes[node.id] = { ...node, rank: ranks[position]! };
    });
  }
  const evidence: TreeDoc['evidence'] = {};
  for (const item of tree.evidence) evidence[item.id] = { ...item };
  return {
    meta: {
      id: tree.id,
      title: tree.title,
      createdAt: tree.createdAt,
      updatedAt: tree.updatedAt,
      settings: settingsCopy(tree.settings),
      ...(tree.voteRounds?.length ? { voteRounds: roundsCopy(tree.voteRounds) } : {}),
    },
    nodes,
    evidence,
  };
}

/** Deep copies of voting rounds, so a document and a file never share their lists. */
function roundsCopy(rounds: readonly VoteRound[]): VoteRound[] {
  return rounds.map((round) => ({ ...round, candidateIds: [...round.candidateIds], dots: round.dots.map((voterDots) => [...voterDots]) }));
}

/** A copy of a tree's settings with defaults filled in; the layout is kept only when set. */
function settingsCopy(settings: TreeSettings | undefined): TreeSettings {
  const copy: TreeSettings = { silencedRules: [...(settings?.silencedRules ?? [])] };
  if (settings?.layout) copy.layout = settings.layout;
  return copy;
}
