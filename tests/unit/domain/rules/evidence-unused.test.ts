import { describe, expect, it } from 'vitest';
import { evidenceUnused as rule } from '../../../../src/domain/rules/evidence-unused';
import { buildDoc, evidence, outcome, runRule } from './build-doc';

describe('evidence-unused', () => {
  const library = [
    evidence('used-by-opportunity', 'interview'),
    evidence('used-by-solution', 'usability-test'),
    evidence('unused', 'support', { summary: '47 support tickets ask to restore a streak lost while travelling' }),
  ];
  const doc = buildDoc(
    outcome([
      {
        kind: 'opportunity',
        evidenceIds: ['used-by-opportunity'],
        children: [{ kind: 'solution', evidenceIds: ['used-by-solution'] }],
      },
    ]),
    library,
  );

  it('reports only the item nothing links, by evidence id and without a node id', () => {
    const hits = runRule(rule, doc);
    expect(hits).toHaveLength(1);
    expect(hits[0]?.evidenceId).toBe('unused');
    expect(hits[0]?.nodeId).toBeUndefined();
  });

  it('quotes the summary, cut to about forty characters', () => {
    expect(runRule(rule, doc)[0]?.message).toBe(
      'Evidence “47 support tickets ask to restore a str…” is not linked to anything. Link it to the opportunity it speaks to, or delete it.',
    );
  });

  it('reports nothing when every item is linked', () => {
    const linked = buildDoc(outcome([{ kind: 'opportunity', evidenceIds: ['a'] }]), [evidence('a', 'survey')]);
    expect(runRule(rule, linked)).toEqual([]);
  });

  it('reports items in library order', () => {
    const unlinked = buildDoc(outcome(), [evidence('b', 'survey'), evidence('a', 'survey')]);
    expect(runRule(rule, unlinked).map((hit) => hit.evidenceId)).toEqual(['b', 'a']);
  });
});
