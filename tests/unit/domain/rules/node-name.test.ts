import { describe, expect, it } from 'vitest';
import { capitalize, evidenceName, namedAs, nodeName, quoteTitle } from '../../../../src/domain/rules/node-name';
import type { OstNode } from '../../../../src/domain/types';

const node = (title: string): OstNode => ({ id: 'n', kind: 'opportunity', parentId: 'o', rank: 'a0', title });

describe('naming nodes in messages', () => {
  it('quotes a short title as it is, on one line', () => {
    expect(quoteTitle('Evenings are\n busy')).toBe('“Evenings are busy”');
  });

  it('cuts a long title to forty characters with an ellipsis', () => {
    const quoted = quoteTitle('Learners forget to practise in the evening after dinner');
    expect(quoted).toBe('“Learners forget to practise in the even…”');
    expect(quoted.length).toBe(42);
  });

  it('calls an untitled node by its kind', () => {
    expect(nodeName(node('  '))).toBe('the untitled opportunity');
    expect(namedAs(node(''), 'target opportunity')).toBe('untitled target opportunity');
    expect(namedAs(node('Evenings are busy'))).toBe('opportunity “Evenings are busy”');
    expect(capitalize(namedAs(node('')))).toBe('Untitled opportunity');
  });

  it('names evidence by its summary, or by its kind when the summary is empty', () => {
    expect(evidenceName({ id: 'e', kind: 'survey', firstHand: false, summary: '' })).toBe('the untitled survey item');
    expect(evidenceName({ id: 'e', kind: 'survey', firstHand: false, summary: '38% cannot tell' })).toBe('“38% cannot tell”');
  });
});
