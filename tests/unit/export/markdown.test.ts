import { describe, expect, it } from 'vitest';
import { treeToDoc } from '../../../src/domain/tree-doc';
import type { Tree, TreeDoc } from '../../../src/domain/types';
import { escapeMarkdown, treeToMarkdown } from '../../../src/export/markdown';

type FileNode = Tree['nodes'][number];

function doc(nodes: FileNode[], evidence: Tree['evidence'] = [], title = 'Checkout'): TreeDoc {
  return treeToDoc({ id: 't', title, createdAt: '', updatedAt: '', nodes, evidence });
}

const outcome: FileNode = {
  id: 'o',
  kind: 'outcome',
  parentId: null,
  title: 'More completed orders',
  status: 'active',
  keyResults: [{ id: 'kr-1', name: 'Checkout completion', baseline: 62, target: 70, unit: '%', deadline: '2026-12-31' }],
};

const evidence: Tree['evidence'] = [
  { id: 'e1', kind: 'interview', firstHand: true, summary: 'Buyers left at shipping', quote: 'Why is it so much?', source: 'Ana', date: '2026-02-01' },
  { id: 'e2', kind: 'support', firstHand: false, summary: 'Tickets about fees', url: 'https://help.example.com/fees report' },
];

const fullTree: FileNode[] = [
  outcome,
  { id: 'p1', kind: 'opportunity', parentId: 'o', title: 'Shipping costs surprise me', status: 'exploring', target: true, evidenceIds: ['e1', 'e2'], votes: 5 },
  { id: 's1', kind: 'solution', parentId: 'p1', title: 'Show shipping early', status: 'testing' },
  {
    id: 'x1',
    kind: 'experiment',
    parentId: 's1',
    title: 'Fake door',
    status: 'passed',
    assumption: 'Buyers look for the cost',
    assumptionType: 'desirability',
    successCriterion: '10% click',
    result: '14% clicked',
  },
  { id: 'p2', kind: 'opportunity', parentId: 'o', title: 'I forget my password', status: 'parked', votes: 1 },
];

describe('treeToMarkdown', () => {
  it('writes the tree as a nested outline with kinds, statuses, key results, evidence counts and experiment details', () => {
    expect(treeToMarkdown(doc(fullTree, evidence))).toBe(
      [
        '# Checkout',
        '',
        '- **Outcome:** More completed orders · active',
        '  - Key result: Checkout completion: 62% → 70%, by 2026-12-31 — no check-in yet',
        '  - **Opportunity (target):** Shipping costs surprise me · exploring · evidence: 2 (1 first-hand) · 5 votes',
        '    - **Solution:** Show shipping early · testing',
        '      - **Experiment:** Fake door · passed',
        '        - Assumption (desirability): Buyers look for the cost',
        '        - Success criterion: 10% click',
        '        - Result: 14% clicked',
        '  - **Opportunity:** I forget my password · parked · 1 vote',
        '',
        '## Evidence',
        '',
        '- **Interview** (first-hand): Buyers left at shipping — “Why is it so much?” — Ana, 2026-02-01',
        '- **Support ticket** (second-hand): Tickets about fees — <https://help.example.com/fees%20report>',
        '',
      ].join('\n'),
    );
  });

  it('keeps sibling order', () => {
    const reordered = [fullTree[0]!, fullTree[4]!, fullTree[1]!, fullTree[2]!, fullTree[3]!];
    const lines = treeToMarkdown(doc(reordered)).split('\n').filter((line) => line.startsWith('  - **Opportunity'));
    expect(lines.map((line) => line.includes('password'))).toEqual([true, false]);
  });

  it('shows everything by default, even under collapsed nodes', () => {
    const collapsed = fullTree.map((node) => (node.id === 'p1' ? { ...node, collapsed: true } : node));
    const markdown = treeToMarkdown(doc(collapsed));
    expect(markdown).toContain('**Experiment:** Fake door');
    expect(markdown).not.toContain('hidden');
  });

  it('as shown, leaves out what collapsed nodes hide and says how many nodes that is', () => {
    const collapsed = fullTree.map((node) => (node.id === 'p1' ? { ...node, collapsed: true } : node));
    const markdown = treeToMarkdown(doc(collapsed), { asShown: true });
    expect(markdown).toContain('**Opportunity (target):** Shipping costs surprise me · exploring · 5 votes · (2 hidden)');
    expect(markdown).not.toContain('Show shipping early');
    expect(markdown).not.toContain('Fake door');
    expect(markdown).toContain('I forget my password');
  });

  it('as shown, notes nothing for a collapsed node without children', () => {
    const collapsed = fullTree.map((node) => (node.id === 'p2' ? { ...node, collapsed: true } : node));
    expect(treeToMarkdown(doc(collapsed), { asShown: true })).toContain('I forget my password · parked · 1 vote\n');
  });

  it('marks empty titles instead of leaving a bare label', () => {
    expect(treeToMarkdown(doc([{ ...outcome, title: '', keyResults: undefined }], [], ''))).toBe(
      '# Untitled tree\n\n- **Outcome:** _(untitled)_ · active\n',
    );
  });

  it('writes a key result with only a target', () => {
    const markdown = treeToMarkdown(doc([{ ...outcome, keyResults: [{ id: 'kr-1', name: 'NPS', target: 40 }] }]));
    expect(markdown).toContain('Key result: NPS: target 40\n');
  });

  it('writes the objective, the business goal and every key result with its progress', () => {
    const outcomeV2: FileNode = {
      ...outcome,
      objective: 'Buying feels effortless',
      businessGoal: 'Grow repeat revenue',
      keyResults: [
        { id: 'a', name: 'Checkout completion', baseline: 62, target: 70, unit: '%', deadline: '2026-12-31', checkIns: [{ date: '2026-10-01', value: 66 }] },
        { id: 'b', name: 'Minutes to pay', baseline: 12, target: 8, unit: 'min', direction: 'decrease', checkIns: [{ date: '2026-10-01', value: 13 }] },
        { id: 'c', name: 'Repeat orders', baseline: 3, target: 5 },
      ],
    };
    const lines = treeToMarkdown(doc([outcomeV2])).split('\n');
    expect(lines.slice(2, 8)).toEqual([
      '- **Outcome:** More completed orders · active',
      '  - Objective: Buying feels effortless',
      '  - Business goal: Grow repeat revenue',
      '  - Key result: Checkout completion: 62% → 70%, by 2026-12-31 — now 66% on 2026-10-01 (50 % of the way)',
      '  - Key result: Minutes to pay: 12 min → 8 min — now 13 min on 2026-10-01 (-25 % of the way)',
      '  - Key result: Repeat orders: 3 → 5 — no check-in yet',
    ]);
  });

  it('counts only evidence that exists', () => {
    const nodes = [outcome, { id: 'p', kind: 'opportunity' as const, parentId: 'o', title: 'Need', evidenceIds: ['e1', 'gone'] }];
    expect(treeToMarkdown(doc(nodes, evidence))).toContain('evidence: 1 (1 first-hand)');
  });

  it('keeps a title full of Markdown as plain text within its list item', () => {
    const hostile = '# Heading\n- [link](javascript:alert(1)) **bold** <script>x</script> `code` | a & b';
    const markdown = treeToMarkdown(doc([outcome, { id: 'p', kind: 'opportunity', parentId: 'o', title: hostile }]));
    const line = markdown.split('\n').find((text) => text.includes('Heading'));
    expect(line).toBe(
      '  - **Opportunity:** \\# Heading - \\[link\\](javascript:alert(1)) \\*\\*bold\\*\\* \\<script\\>x\\</script\\> \\`code\\` \\| a \\& b',
    );
    expect(markdown.split('\n')).toHaveLength(treeToMarkdown(doc([outcome, { id: 'p', kind: 'opportunity', parentId: 'o', title: 'x' }])).split('\n').length);
  });

  it('leaves out a link that is not a web link', () => {
    const unsafe = [{ id: 'e', kind: 'other' as const, firstHand: false, summary: 'Note', url: 'javascript:alert(1)' }];
    expect(treeToMarkdown(doc([outcome], unsafe))).toContain('- **Other** (second-hand): Note\n');
  });
});

describe('escapeMarkdown', () => {
  it('keeps ordinary text as it is', () => {
    expect(escapeMarkdown("Buyers don't trust the 3-step flow (yet).")).toBe("Buyers don't trust the 3-step flow (yet).");
  });

  it('escapes a backslash so it cannot escape what follows', () => {
    expect(escapeMarkdown('a\\*b')).toBe('a\\\\\\*b');
  });
});
