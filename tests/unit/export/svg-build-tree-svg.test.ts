import { describe, expect, it } from 'vitest';
import { layoutTree } from '../../../src/domain/layout';
import { countWrappedLines, estimateTextWidth, nodeSize, titleWidth } from '../../../src/domain/node-metrics';
import { treeToDoc } from '../../../src/domain/tree-doc';
import type { Tree, TreeDoc } from '../../../src/domain/types';
import { buildTreeSvg, type NodeBadge } from '../../../src/export/svg';

type FileNode = Tree['nodes'][number];

function doc(nodes: FileNode[], evidence: Tree['evidence'] = [], title = 'Checkout'): TreeDoc {
  return treeToDoc({ id: 't', title, createdAt: '', updatedAt: '', nodes, evidence });
}

const evidence: Tree['evidence'] = [
  { id: 'e1', kind: 'interview', firstHand: true, summary: 'Buyers left at shipping' },
  { id: 'e2', kind: 'observation', firstHand: true, summary: 'Watched five buyers' },
  { id: 'e3', kind: 'support', firstHand: false, summary: 'Tickets about fees' },
];

const sample: FileNode[] = [
  { id: 'o', kind: 'outcome', parentId: null, title: 'More completed orders', status: 'active', keyResults: [{ id: 'kr-1', name: 'Completion', baseline: 22, target: 30, unit: '%' }] },
  { id: 'p1', kind: 'opportunity', parentId: 'o', title: 'Shipping costs surprise me', target: true, evidenceIds: ['e1', 'e2', 'e3'] },
  { id: 's1', kind: 'solution', parentId: 'p1', title: 'Show shipping early', status: 'testing' },
  { id: 'x1', kind: 'experiment', parentId: 's1', title: 'Fake door', assumptionType: 'desirability' },
  { id: 'p2', kind: 'opportunity', parentId: 'o', title: 'I forget my password', collapsed: true, evidenceIds: ['e3'] },
  { id: 'p3', kind: 'opportunity', parentId: 'p2', title: 'Reset mails arrive late' },
  { id: 's2', kind: 'solution', parentId: 'p3', title: 'Magic links' },
];

/** Every `<g data-id="…">` in document order, unescaped. */
function drawnIds(svg: string): string[] {
  return [...svg.matchAll(/<g data-id="([^"]*)"/g)].map((match) => unescape(match[1] ?? ''));
}

/** Every connector drawn, as "parent→child". */
function drawnEdges(svg: string): string[] {
  return [...svg.matchAll(/<path data-parent-id="([^"]*)" data-child-id="([^"]*)" d="M/g)].map((match) => `${unescape(match[1] ?? '')}→${unescape(match[2] ?? '')}`);
}

/** The markup of one node's group. */
function nodeGroup(svg: string, id: string): string {
  const escapedId = id.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const start = svg.indexOf(`<g data-id="${escapedId}"`);
  expect(start, `node ${id} is drawn`).toBeGreaterThanOrEqual(0);
  return svg.slice(start, svg.indexOf('\n', start));
}

/** The text a viewer shows for a piece of markup: tags removed, wrapped lines rejoined, entities read. */
function textOf(markup: string): string {
  return unescape(markup.replace(/<title>.*?<\/title>/g, '').replace(/<\/tspan><tspan x=/g, ' <tspan x=').replace(/<[^>]*>/g, ''));
}

function unescape(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name] ?? '');
}

/**
 * A strict check of the XML this builder writes: one root, balanced tags, every attribute value
 * quoted with no raw `<` or `&`, text with no raw `<`, `>` or `&` outside the five entities, and
 * no character XML forbids.
 */
function assertWellFormedXml(xml: string): void {
  expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
  const entity = '&(?:lt|gt|quot|apos|amp);';
  const attribute = `\\s+[A-Za-z_:][\\w:.-]*="(?:[^"<&]|${entity})*"`;
  const tag = new RegExp(`^<(/?)([A-Za-z_:][\\w:.-]*)((?:${attribute})*)\\s*(/?)>`);
  const text = new RegExp(`^(?:[^<>&]|${entity})+`);
  const open: string[] = [];
  let rest = xml;
  let roots = 0;
  while (rest.length > 0) {
    const textMatch = text.exec(rest);
    if (textMatch) {
      if (open.length === 0) expect(textMatch[0].trim(), 'no text outside the root').toBe('');
      rest = rest.slice(textMatch[0].length);
      continue;
    }
    const tagMatch = tag.exec(rest);
    expect(tagMatch, `well-formed markup at: ${rest.slice(0, 80)}`).not.toBeNull();
    if (!tagMatch) return;
    const [whole, closing, name, , selfClosing] = tagMatch;
    if (closing) expect(open.pop(), `closing </${name}>`).toBe(name);
    else if (!selfClosing) {
      if (open.length === 0) roots += 1;
      open.push(name ?? '');
    } else if (open.length === 0) roots += 1;
    rest = rest.slice(whole.length);
  }
  expect(open, 'every element closed').toEqual([]);
  expect(roots).toBe(1);
}

describe('buildTreeSvg', () => {
  it('writes a standalone SVG document whose size matches its viewBox', () => {
    const { svg, width, height } = buildTreeSvg(doc(sample, evidence), { background: 'white' });
    assertWellFormedXml(svg);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" /);
    expect(svg).toContain(`width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`);
    expect(svg).toContain('font-family="Inter, &apos;Segoe UI&apos;, Roboto, Helvetica, Arial, sans-serif"');
  });

  it('draws every node once, with its kind, and includes collapsed subtrees by default', () => {
    const { svg } = buildTreeSvg(doc(sample, evidence), { background: 'white' });
    expect(drawnIds(svg).sort()).toEqual(['o', 'p1', 'p2', 'p3', 's1', 's2', 'x1']);
    expect(nodeGroup(svg, 'x1')).toContain('data-kind="experiment"');
    expect(nodeGroup(svg, 'o')).toContain('data-kind="outcome"');
    expect(svg).not.toContain('hidden');
    expect(drawnEdges(svg).sort()).toEqual(['o→p1', 'o→p2', 'p1→s1', 'p2→p3', 'p3→s2', 's1→x1']);
  });

  it('leaves out what collapsed nodes hide only when drawn as shown, saying how much is hidden', () => {
    const { svg } = buildTreeSvg(doc(sample, evidence), { background: 'white', asShown: true });
    expect(drawnIds(svg).sort()).toEqual(['o', 'p1', 'p2', 's1', 'x1']);
    expect(textOf(nodeGroup(svg, 'p2'))).toContain('+2 hidden');
    expect(drawnEdges(svg).sort()).toEqual(['o→p1', 'o→p2', 'p1→s1', 's1→x1']);
  });

  it('draws only the chosen subtree when given a root', () => {
    const { svg } = buildTreeSvg(doc(sample, evidence), { background: 'white', rootId: 'p1' });
    expect(drawnIds(svg)).toEqual(['p1', 's1', 'x1']);
  });

  it('fits every node inside the picture with a margin of 24 to 32 px', () => {
    const tree = doc(sample, evidence);
    const { svg, width, height } = buildTreeSvg(tree, { background: 'white', title: false });
    const layout = layoutTree(tree, { sizeOf: (node) => nodeSize(node, estimateTextWidth), respectCollapsed: false });
    const { minX, minY, maxX, maxY } = layout.bounds;
    const marginX = (width - (maxX - minX)) / 2;
    const marginY = (height - (maxY - minY)) / 2;
    for (const margin of [marginX, marginY]) {
      expect(margin).toBeGreaterThanOrEqual(24);
      expect(margin).toBeLessThanOrEqual(32);
    }
    const [, offsetX = '0', offsetY = '0'] = /<g transform="translate\(([-\d.]+) ([-\d.]+)\)">/.exec(svg) ?? [];
    for (const box of layout.boxes.values()) {
      const left = Number(offsetX) + box.x;
      const top = Number(offsetY) + box.y;
      expect(left).toBeGreaterThanOrEqual(24);
      expect(top).toBeGreaterThanOrEqual(24);
      expect(left + box.width).toBeLessThanOrEqual(width - 24);
      expect(top + box.height).toBeLessThanOrEqual(height - 24);
      expect(nodeGroup(svg, box.id)).toContain(`transform="translate(${box.x} ${box.y})"`);
    }
  });

  it('sets a right-to-left title from the right edge, in its own direction', () => {
    const hebrew = buildTreeSvg(doc(sample, evidence, 'מפת הזדמנויות לרבעון'), { background: 'white' });
    const english = buildTreeSvg(doc(sample, evidence, 'Checkout Q3'), { background: 'white' });
    const captionOf = (svg: string) => /<text class="caption"([^>]*)>/.exec(svg)![1]!;
    expect(captionOf(hebrew.svg)).toContain('direction="rtl"');
    expect(captionOf(hebrew.svg)).toContain(`x="${hebrew.width - 28}"`);
    expect(captionOf(english.svg)).not.toContain('direction');
    expect(captionOf(english.svg)).toContain('x="28"');
  });

  it('puts the tree title above the tree unless asked not to', () => {
    const withCaption = buildTreeSvg(doc(sample, evidence, 'Checkout Q3'), { background: 'white' });
    const withoutCaption = buildTreeSvg(doc(sample, evidence, 'Checkout Q3'), { background: 'white', title: false });
    expect(withCaption.svg).toMatch(/<text class="caption"[^>]*>Checkout Q3<\/text>/);
    expect(withoutCaption.svg).not.toContain('class="caption"');
    expect(withCaption.height).toBeGreaterThan(withoutCaption.height + 30);
  });

  it('paints a white background or none', () => {
    const white = buildTreeSvg(doc(sample), { background: 'white' }).svg;
    const transparent = buildTreeSvg(doc(sample), { background: 'transparent' }).svg;
    expect(white).toMatch(/<rect width="\d+" height="\d+" fill="#ffffff"\/>/);
    expect(transparent).not.toMatch(/<rect width="\d+" height="\d+" fill=/);
  });

  it('draws finding badges only when given, on the nodes they belong to', () => {
    const tree = doc(sample, evidence);
    expect(buildTreeSvg(tree, { background: 'white' }).svg).not.toContain('data-severity');
    const badges = new Map<string, NodeBadge>([
      ['s1', { severity: 'error', count: 2 }],
      ['p1', { severity: 'warning', count: 1 }],
      ['s2', { severity: 'info', count: 1 }],
    ]);
    const { svg } = buildTreeSvg(tree, { background: 'white', badges, asShown: true });
    expect(nodeGroup(svg, 's1')).toContain('data-severity="error" data-count="2"');
    expect(textOf(nodeGroup(svg, 's1'))).toContain('!2');
    expect(nodeGroup(svg, 'p1')).toContain('data-severity="warning" data-count="1"');
    expect(nodeGroup(svg, 'o')).not.toContain('data-severity');
    // s2 is hidden under the collapsed p2, so its badge is not drawn either.
    expect(svg.match(/data-severity=/g)).toHaveLength(2);
  });

  it('shows each kind with its label and its footer facts, as the canvas does', () => {
    // Narrow enough for every title and footer here to fit on one line.
    const measure = (text: string) => text.length * 8;
    const { svg } = buildTreeSvg(doc(sample, evidence), { background: 'white', measure });
    expect(textOf(nodeGroup(svg, 'o'))).toBe('OUTCOMEMore completed ordersCompletion0 %');
    expect(textOf(nodeGroup(svg, 'p1'))).toBe('OPPORTUNITYShipping costs surprise me★ Target · 3 evidence (2 first-hand)');
    expect(textOf(nodeGroup(svg, 's1'))).toBe('SOLUTIONShow shipping earlytesting');
    expect(textOf(nodeGroup(svg, 'x1'))).toBe('EXPERIMENTFake doorplanned · desirability');
  });

  it('draws an opportunity without first-hand evidence dashed, and one with it solid', () => {
    const { svg } = buildTreeSvg(doc(sample, evidence), { background: 'white' });
    expect(nodeGroup(svg, 'p2')).toContain('stroke-dasharray');
    expect(nodeGroup(svg, 'p3')).toContain('stroke-dasharray');
    expect(nodeGroup(svg, 'p1')).not.toContain('stroke-dasharray');
    expect(nodeGroup(svg, 's2')).not.toContain('stroke-dasharray');
  });

  it('wraps a title into the lines its box was sized for and cuts a longer one with an ellipsis', () => {
    const medium = 'Buyers cannot tell what shipping will cost until the very last step of checkout';
    const long = Array.from({ length: 40 }, (_, i) => `word${i}`).join(' ');
    const { svg } = buildTreeSvg(
      doc([
        { id: 'o', kind: 'outcome', parentId: null, title: 'Outcome' },
        { id: 'm', kind: 'opportunity', parentId: 'o', title: medium },
        { id: 'l', kind: 'opportunity', parentId: 'o', title: long },
      ]),
      { background: 'white' },
    );
    const mediumLines = countWrappedLines(medium, titleWidth('opportunity'), estimateTextWidth);
    expect(mediumLines).toBeGreaterThan(1);
    expect(mediumLines).toBeLessThanOrEqual(4);
    expect(nodeGroup(svg, 'm').match(/<tspan x=/g)).toHaveLength(mediumLines);
    const longLines = [...nodeGroup(svg, 'l').matchAll(/<tspan x="[^"]*" y="[^"]*">([^<]*)<\/tspan>/g)].map((match) => match[1] ?? '');
    expect(longLines).toHaveLength(4);
    expect(longLines[3]).toMatch(/…$/);
    expect(longLines.join(' ')).toMatch(/^word0 word1 /);
  });

  it('labels a node with no title as untitled', () => {
    const { svg } = buildTreeSvg(doc([{ id: 'o', kind: 'outcome', parentId: null, title: '  ' }]), { background: 'white' });
    expect(textOf(nodeGroup(svg, 'o'))).toContain('Untitled outcome');
  });

  it('keeps hostile titles as plain text: no markup, no script, no foreign content', () => {
    const hostile = [
      '</text><script>alert(1)</script>',
      '"><foreignObject><div>x</div></foreignObject>',
      "a ]]> b & c ' d",
      'bell\u0007 null\u0000 escape\u001b tab\tnew\nline',
    ];
    const tree = doc(
      [
        { id: 'o', kind: 'outcome', parentId: null, title: hostile[0] ?? '', keyResults: [{ id: 'kr-1', name: 'n', baseline: 1, target: 2, unit: '<b>' }] },
        ...hostile.map((title, index): FileNode => ({ id: `p${index}"><script>`, kind: 'opportunity', parentId: 'o', title })),
      ],
      [],
      '<svg onload="alert(1)">\u0001',
    );
    // Narrow enough for each title to stay on one line, so its text reads back whole.
    const { svg } = buildTreeSvg(tree, { background: 'transparent', measure: (text) => text.length * 7 });
    assertWellFormedXml(svg);
    expect(svg).not.toMatch(/<script|<foreignObject|<div|<b>|onload="|]]>/);
    expect(svg).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(drawnIds(svg)).toContain('p1"><script>');
    expect(textOf(nodeGroup(svg, 'o'))).toContain('</text><script>alert(1)</script>');
    expect(textOf(nodeGroup(svg, 'p2"><script>'))).toContain("a ]]> b & c ' d");
    expect(textOf(nodeGroup(svg, 'p3"><script>'))).toContain('bell null escape tab new line');
    expect(svg).toContain('<text class="caption" x="28" y="52" font-size="24" font-weight="700" fill="#111827">&lt;svg onload=&quot;alert(1)&quot;&gt;</text>');
  });

  it('refers to nothing outside itself', () => {
    const { svg } = buildTreeSvg(doc(sample, evidence), { background: 'white', badges: new Map([['o', { severity: 'info', count: 1 }]]) });
    expect(svg).not.toMatch(/href|url\(|<image|<foreignObject|<script|<style|@import/);
  });

  it('measures titles with the measure it is given, the one the boxes are sized with', () => {
    const title = 'Shipping costs surprise me at checkout';
    const wide = (text: string) => text.length * 30;
    const tree = doc([{ id: 'o', kind: 'outcome', parentId: null, title }]);
    const narrowLines = buildTreeSvg(tree, { background: 'white' }).svg.match(/<tspan x=/g) ?? [];
    const wideLines = buildTreeSvg(tree, { background: 'white', measure: wide }).svg.match(/<tspan x=/g) ?? [];
    expect(wideLines.length).toBe(Math.min(4, countWrappedLines(title, titleWidth('outcome'), wide)));
    expect(wideLines.length).toBeGreaterThan(narrowLines.length);
  });

  it('draws an empty tree as its caption alone', () => {
    const { svg, width, height } = buildTreeSvg(doc([], [], 'Empty'), { background: 'white' });
    assertWellFormedXml(svg);
    expect(drawnIds(svg)).toEqual([]);
    expect(width).toBeGreaterThan(0);
    expect(height).toBeGreaterThan(0);
  });

  // Its speed is measured by `npm run bench` (PNG export at 500 and 2,000 nodes), not timed here.
  it('builds a picture of 2,000 nodes with every node drawn', () => {
    const nodes: FileNode[] = [{ id: 'o', kind: 'outcome', parentId: null, title: 'Grow weekly active learners' }];
    for (let i = 0; i < 400; i++) {
      nodes.push({ id: `p${i}`, kind: 'opportunity', parentId: i < 20 ? 'o' : `p${i % 20}`, title: `Learners forget to practise on day ${i}` });
    }
    for (let i = 0; nodes.length < 2000; i++) {
      nodes.push({ id: `s${i}`, kind: 'solution', parentId: `p${20 + (i % 380)}`, title: `Reminder variant ${i} at a better time` });
    }
    const tree = doc(nodes);
    const { svg } = buildTreeSvg(tree, { background: 'white' });
    expect(drawnIds(svg)).toHaveLength(2000);
  });
});

describe('titles in every script', () => {
  const hebrew = 'יעד Q3: להגדיל שימור ב-20% עד סוף השנה';
  const arabic = 'المتعلمون يعودون أسبوعيا (3 مرات)';
  const mixed: FileNode[] = [
    { id: 'o', kind: 'outcome', parentId: null, title: hebrew },
    { id: 'p', kind: 'opportunity', parentId: 'o', title: arabic },
    { id: 'q', kind: 'opportunity', parentId: 'o', title: 'Families share one phone 👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦👨‍👩‍👧‍👦 🇩🇪🇫🇷🇯🇵' },
  ];

  it('lays a right-to-left title out right to left, its text in logical order with brackets whole', () => {
    const { svg } = buildTreeSvg(doc(mixed), { background: 'white' });
    for (const [id, title] of [['o', hebrew], ['p', arabic]] as const) {
      const group = nodeGroup(svg, id);
      const titleText = /<text font-size="\d+" font-weight="600"[^>]*>(.*?)<\/text>/.exec(group);
      expect(titleText?.[0]).toContain('direction="rtl"');
      expect(textOf(titleText?.[1] ?? '')).toBe(title);
    }
    expect(textOf(nodeGroup(svg, 'p'))).toContain('(3 مرات)');
  });

  it('keeps a left-to-right title left to right', () => {
    const { svg } = buildTreeSvg(doc(mixed), { background: 'white' });
    expect(nodeGroup(svg, 'q')).toContain('direction="ltr"');
  });

  it('never splits an emoji or a flag across lines or at the cut', () => {
    const { svg } = buildTreeSvg(doc(mixed), { background: 'white' });
    const lines = [...nodeGroup(svg, 'q').matchAll(/<tspan x="[^"]*" y="[^"]*">([^<]*)<\/tspan>/g)].map((match) => match[1] ?? '');
    expect(lines.length).toBeGreaterThan(1);
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    for (const line of lines) {
      for (const { segment } of segmenter.segment(line)) {
        // Every cluster is a whole family, a whole flag, or a plain character — no orphan joiner or half flag.
        if (/\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(segment)) expect(['👨‍👩‍👧‍👦', '🇩🇪', '🇫🇷', '🇯🇵']).toContain(segment);
      }
    }
  });
});

describe('buildTreeSvg in the tree’s layout', () => {
  const positions = (svg: string) => {
    const found = new Map<string, { x: number; y: number }>();
    for (const match of svg.matchAll(/<g[^>]*data-node-id="([^"]+)"[^>]*transform="translate\(([-\d.]+) ([-\d.]+)\)"/g)) {
      found.set(match[1]!, { x: Number(match[2]), y: Number(match[3]) });
    }
    return found;
  };

  it('draws a left-to-right tree with children to the right of their parent and side-entering edges', () => {
    const tree = doc([
      { id: 'o', kind: 'outcome', parentId: null, title: 'Outcome' },
      { id: 'a', kind: 'opportunity', parentId: 'o', title: 'First need' },
      { id: 'b', kind: 'opportunity', parentId: 'o', title: 'Second need' },
    ]);
    tree.meta.settings.layout = 'left-right';
    const { svg } = buildTreeSvg(tree, { background: 'white' });
    const layout = layoutTree(tree, { kind: 'left-right', respectCollapsed: false });
    expect(layout.boxes.get('a')!.x).toBeGreaterThan(layout.boxes.get('o')!.x + layout.boxes.get('o')!.width);
    const drawn = positions(svg);
    if (drawn.size > 0) expect(drawn.get('a')!.x).toBeGreaterThan(drawn.get('o')!.x);
    // The edge starts at the parent's right side: its first move is horizontal.
    const edge = /data-parent-id="o" data-child-id="a" d="M([-\d.]+) ([-\d.]+)L([-\d.]+) ([-\d.]+)/.exec(svg)!;
    expect(Number(edge[4])).toBeCloseTo(Number(edge[2]), 1);
    expect(Number(edge[3])).toBeGreaterThan(Number(edge[1]));
  });

  it('draws the compact layout with stacked leaves joined from the side', () => {
    const tree = doc([
      { id: 'o', kind: 'outcome', parentId: null, title: 'Outcome' },
      { id: 'a', kind: 'opportunity', parentId: 'o', title: 'First need' },
      { id: 'b', kind: 'opportunity', parentId: 'o', title: 'Second need' },
    ]);
    tree.meta.settings.layout = 'compact';
    const { svg } = buildTreeSvg(tree, { background: 'white' });
    // Down from the parent, across to the spine, down, then right into the child's left side.
    const edge = /data-parent-id="o" data-child-id="b" d="([^"]+)"/.exec(svg)![1]!;
    const [, elbowX, elbowY, endX, endY] = /Q[-\d.]+ [-\d.]+ ([-\d.]+) ([-\d.]+)L([-\d.]+) ([-\d.]+)$/.exec(edge)!.map(Number) as number[];
    expect(endY).toBeCloseTo(elbowY!, 1);
    expect(endX).toBeGreaterThan(elbowX!);
    // Three turns: down from the parent, along the bus, down the spine, into the child.
    expect(edge.match(/Q/g)).toHaveLength(3);
  });
});
