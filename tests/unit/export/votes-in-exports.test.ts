import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import type { TreeDoc } from '../../../src/domain/types';
import { nextVoter, placeDot, revealVoteRound, startVoteRound } from '../../../src/domain/voting/vote-operations';
import { treeToMarkdown } from '../../../src/export/markdown';
import { buildTreeSvg } from '../../../src/export/svg';
import { buildDoc } from '../domain/rules/build-doc';

/** Opportunities o1 and o2 under the outcome (dots go on opportunities here), a typed count on the experiment. */
function sample(): TreeDoc {
  return buildDoc({
    kind: 'outcome',
    id: 'root',
    title: 'More learners finish a course',
    children: [
      { kind: 'opportunity', id: 'o1', title: 'Evenings are busy' },
      {
        kind: 'opportunity',
        id: 'o2',
        title: 'Lessons feel long',
        children: [{ kind: 'solution', id: 's1', title: 'Short lessons', children: [{ kind: 'experiment', id: 'x1', title: 'Fake door', votes: 2 }] }],
      },
    ],
  });
}

function voted(reveal: boolean): TreeDoc {
  return produce(sample(), (draft) => {
    startVoteRound(draft, { parentId: 'root', voters: 2, dotsPerVoter: 3 });
    placeDot(draft, 'o1');
    placeDot(draft, 'o2');
    placeDot(draft, 'o2');
    nextVoter(draft);
    placeDot(draft, 'o2');
    if (reveal) revealVoteRound(draft);
  });
}

function svgOf(doc: TreeDoc): string {
  return buildTreeSvg(doc, { background: 'white' }).svg;
}

function nodeGroup(svg: string, id: string): string {
  const start = svg.indexOf(`<g data-id="${id}"`);
  return svg.slice(start, svg.indexOf('</g>', start));
}

describe('votes in exports', () => {
  it('writes revealed totals into Markdown on any kind of node, and a typed count where no round voted', () => {
    const markdown = treeToMarkdown(voted(true));
    expect(markdown).toContain('Evenings are busy · 1 vote');
    expect(markdown).toContain('Lessons feel long · 3 votes');
    expect(markdown).toContain('Fake door · 2 votes');
  });

  it('keeps an open round’s dots out of Markdown', () => {
    const markdown = treeToMarkdown(voted(false));
    expect(markdown).not.toMatch(/Evenings are busy.*vote/);
    expect(markdown).not.toMatch(/Lessons feel long.*vote/);
  });

  it('draws revealed totals in the picture, marked on the node’s group', () => {
    const svg = svgOf(voted(true));
    expect(nodeGroup(svg, 'o2')).toContain('data-votes="3"');
    expect(nodeGroup(svg, 'o2')).toContain('● 3');
    expect(nodeGroup(svg, 'o1')).toContain('data-votes="1"');
    expect(nodeGroup(svg, 'x1')).toContain('● 2');
    expect(nodeGroup(svg, 'root')).not.toContain('data-votes');
  });

  it('draws no dots of an open round in the picture', () => {
    const svg = svgOf(voted(false));
    for (const id of ['o1', 'o2']) {
      expect(nodeGroup(svg, id)).not.toContain('data-votes');
      expect(nodeGroup(svg, id)).not.toContain('●');
    }
    expect(nodeGroup(svg, 'x1')).toContain('data-votes="2"');
  });
});
