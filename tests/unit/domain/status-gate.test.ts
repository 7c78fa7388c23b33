import { describe, expect, it } from 'vitest';
import { statusRefusal } from '../../../src/domain/status-gate';
import { validate } from '../../../src/domain/validate';
import type { SolutionStatus } from '../../../src/domain/types';
import { buildDoc, evidence, outcome } from './rules/build-doc';

function tree(opportunityEvidence: string[], solutionStatus: SolutionStatus = 'validated') {
  return buildDoc(
    outcome([
      {
        kind: 'opportunity',
        id: 'opp',
        title: "I don't feel I'm making progress",
        evidenceIds: opportunityEvidence,
        children: [
          {
            kind: 'solution',
            id: 'sol',
            title: 'Weekly progress report',
            status: solutionStatus,
            children: [{ kind: 'experiment', id: 'exp', status: 'running' }],
          },
        ],
      },
    ]),
    [evidence('survey', 'survey'), evidence('interview', 'interview')],
  );
}

describe('statusRefusal', () => {
  it.each(['building', 'shipped'] as const)('refuses %s for a solution whose opportunity lacks first-hand evidence', (status) => {
    const doc = tree(['survey']);
    expect(validate(doc).map((finding) => finding.rule)).toContain('solution-needs-evidenced-problem');
    expect(statusRefusal(doc, 'sol', status)).not.toBeNull();
  });

  it('says why and how to fix it, naming the opportunity', () => {
    expect(statusRefusal(tree([]), 'sol', 'building')).toBe(
      "“Weekly progress report” can't be built yet: nobody has heard or seen its problem first-hand. Link first-hand evidence (an interview, observation or usability test) to its opportunity “I don't feel I'm making progress” first.",
    );
  });

  it.each(['building', 'shipped'] as const)('allows %s once the opportunity has first-hand evidence', (status) => {
    expect(statusRefusal(tree(['survey', 'interview']), 'sol', status)).toBeNull();
  });

  it.each(['idea', 'testing', 'validated', 'discarded'] as const)('allows %s even without evidence', (status) => {
    expect(statusRefusal(tree([], 'building'), 'sol', status)).toBeNull();
  });

  it('does not refuse a status the solution already has', () => {
    expect(statusRefusal(tree([], 'building'), 'sol', 'building')).toBeNull();
  });

  it('refuses building a discarded solution under an unevidenced opportunity', () => {
    expect(statusRefusal(tree([], 'discarded'), 'sol', 'building')).not.toBeNull();
  });

  it('leaves other kinds and unknown nodes alone', () => {
    const doc = tree([]);
    expect(statusRefusal(doc, 'exp', 'passed')).toBeNull();
    expect(statusRefusal(doc, 'opp', 'exploring')).toBeNull();
    expect(statusRefusal(doc, 'missing', 'building')).toBeNull();
  });
});
