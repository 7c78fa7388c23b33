import { describe, expect, it } from 'vitest';
import { initialRanks } from '../../../src/domain/operations/ranks';
import type { OstNode, TreeDoc } from '../../../src/domain/types';
import { validate } from '../../../src/domain/validate';
import { summarizeFindings } from '../../../src/domain/findings-summary';
import { buildDoc, evidence, outcome } from './rules/build-doc';

const interview = evidence('interview', 'interview');

/** A tree that breaks one rule of each severity: an error, a warning and an info. */
function treeWithOneOfEach(): TreeDoc {
  return buildDoc(
    outcome([
      {
        kind: 'opportunity',
        id: 'unevidenced',
        title: 'Evenings are busy with family',
        children: [{ kind: 'solution', id: 'sol', title: 'Evening digest' }],
      },
      { kind: 'opportunity', id: 'imperative', title: 'Add streak reminders', evidenceIds: ['interview'] },
      { kind: 'opportunity', id: 'untitled', title: '', evidenceIds: ['interview'] },
    ]),
    [interview],
  );
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

describe('validate', () => {
  it('finds nothing wrong with a clean tree', () => {
    const doc = buildDoc(
      outcome([
        {
          kind: 'opportunity',
          title: 'I forget to practise until late',
          evidenceIds: ['interview'],
          children: [
            { kind: 'solution', status: 'idea' },
            {
              kind: 'solution',
              status: 'testing',
              children: [{ kind: 'experiment', status: 'running', successCriterion: '15% turn it on' }],
            },
          ],
        },
      ]),
      [interview],
    );
    expect(validate(doc)).toEqual([]);
  });

  it('stamps each finding with its rule and severity and passes the fix through', () => {
    expect(validate(treeWithOneOfEach())).toEqual([
      {
        rule: 'solution-needs-evidenced-problem',
        severity: 'error',
        nodeId: 'sol',
        message: expect.stringContaining('“Evenings are busy with family”'),
        fix: { kind: 'link-evidence', label: 'Link evidence…', nodeId: 'unevidenced' },
      },
      {
        rule: 'opportunity-reads-like-solution',
        severity: 'warning',
        nodeId: 'imperative',
        message: expect.stringContaining('reads like a solution'),
        fix: { kind: 'edit-title', label: 'Rephrase as a need', nodeId: 'imperative' },
      },
      {
        rule: 'empty-title',
        severity: 'info',
        nodeId: 'untitled',
        message: 'This opportunity has no title. Write one so the team can tell what it stands for.',
        fix: { kind: 'edit-title', label: 'Write a title', nodeId: 'untitled' },
      },
    ]);
  });

  it('orders findings by catalogue (errors, warnings, infos), then by sibling order, not insertion order', () => {
    const doc = buildDoc(outcome([{ kind: 'opportunity', id: 'b', title: '' }, { kind: 'opportunity', id: 'a', title: '' }]));
    // Give "a" the rank that sorts first, although it was inserted second.
    const [first, second] = initialRanks(2);
    doc.nodes['a'] = { ...doc.nodes['a']!, rank: first! };
    doc.nodes['b'] = { ...doc.nodes['b']!, rank: second! };
    doc.nodes['outcome'] = { ...doc.nodes['outcome']!, keyResults: undefined, title: 'Launch the new onboarding' };
    expect(validate(doc).map((finding) => `${finding.rule}:${finding.nodeId}`)).toEqual([
      'outcome-needs-metric:outcome',
      'outcome-reads-like-output:outcome',
      'outcome-needs-evidenced-problem:outcome',
      'empty-title:a',
      'empty-title:b',
    ]);
  });

  it('drops the warnings and infos of silenced rules', () => {
    const rules = validate(treeWithOneOfEach(), {
      silencedRules: ['opportunity-reads-like-solution', 'empty-title'],
    }).map((finding) => finding.rule);
    expect(rules).toEqual(['solution-needs-evidenced-problem']);
  });

  it('never silences an error', () => {
    const findings = validate(treeWithOneOfEach(), { silencedRules: ['solution-needs-evidenced-problem'] });
    expect(findings.map((finding) => finding.rule)).toContain('solution-needs-evidenced-problem');
  });

  it("silences the rules in the tree's own settings when no list is given", () => {
    const doc = treeWithOneOfEach();
    doc.meta.settings.silencedRules = ['empty-title'];
    expect(validate(doc).map((finding) => finding.rule)).not.toContain('empty-title');
  });

  it("lets an explicit list replace the tree's settings", () => {
    const doc = treeWithOneOfEach();
    doc.meta.settings.silencedRules = ['empty-title'];
    expect(validate(doc, { silencedRules: [] }).map((finding) => finding.rule)).toContain('empty-title');
  });

  it('ignores silenced ids it does not know', () => {
    expect(validate(treeWithOneOfEach(), { silencedRules: ['no-such-rule'] })).toHaveLength(3);
  });

  it('reads a frozen document without changing it', () => {
    const doc = deepFreeze(treeWithOneOfEach());
    const before = JSON.stringify(doc);
    expect(validate(doc)).toHaveLength(3);
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('validates a generated tree of 10,000 nodes', () => {
    const doc = generatedTree(1000);
    expect(Object.keys(doc.nodes)).toHaveLength(10_001);
    const findings = validate(doc);
    // Every tenth opportunity lacks evidence: its three solutions are flagged, nothing else is.
    expect(summarizeFindings(findings)).toEqual({ errors: 300, warnings: 0, infos: 0 });
    expect(new Set(findings.map((finding) => finding.rule))).toEqual(new Set(['solution-needs-evidenced-problem']));
  });
});

/** An outcome, `opportunities` opportunities with three solutions each, and two experiments per solution. */
function generatedTree(opportunities: number): TreeDoc {
  const nodes: Record<string, OstNode> = {};
  const put = (node: Omit<OstNode, 'rank'>, rank: string): void => {
    nodes[node.id] = { ...node, rank };
  };
  put({ id: 'root', kind: 'outcome', parentId: null, title: 'More learners finish a week', keyResults: [{ id: 'kr', name: 'Week-one completion', baseline: 1, target: 2, deadline: '2027-01-31' }] }, 'a0');
  const opportunityRanks = initialRanks(opportunities);
  const threeRanks = initialRanks(3);
  const twoRanks = initialRanks(2);
  for (let o = 0; o < opportunities; o++) {
    const opportunityId = `o${o}`;
    const evidenceIds = o % 10 === 0 ? undefined : ['interview'];
    put({ id: opportunityId, kind: 'opportunity', parentId: 'root', title: `Need ${o}`, evidenceIds }, opportunityRanks[o]!);
    for (let s = 0; s < 3; s++) {
      const solutionId = `${opportunityId}s${s}`;
      put({ id: solutionId, kind: 'solution', parentId: opportunityId, title: `Idea ${s}`, status: 'testing' }, threeRanks[s]!);
      for (let e = 0; e < 2; e++) {
        put(
          { id: `${solutionId}e${e}`, kind: 'experiment', parentId: solutionId, title: `Test ${e}`, successCriterion: 'Half say yes' },
          twoRanks[e]!,
        );
      }
    }
  }
  return {
    meta: { id: 'big', title: 'Big', createdAt: '', updatedAt: '', settings: { silencedRules: [] } },
    nodes,
    evidence: { interview },
  };
}
