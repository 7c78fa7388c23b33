import { describe, expect, it } from 'vitest';
import { createExampleTree } from '../../../../src/domain/example-tree';
import { onePagerOf } from '../../../../src/export/one-pager/one-pager-content';
import { onePagerMarkdown } from '../../../../src/export/one-pager/one-pager-markdown';
import { onePagerSvg } from '../../../../src/export/one-pager/one-pager-svg';
import { buildDoc, outcome } from '../../domain/rules/build-doc';

const example = createExampleTree('2026-11-23T09:00:00.000Z');

describe('the stakeholder one-pager', () => {
  it('tells why, the proof and what, in that order', () => {
    const markdown = onePagerMarkdown(example);
    const why = markdown.indexOf('## Why');
    const proof = markdown.indexOf('## Proof');
    const what = markdown.indexOf('## What');
    expect(why).toBeGreaterThan(0);
    expect(proof).toBeGreaterThan(why);
    expect(what).toBeGreaterThan(proof);
    expect(markdown).toContain('- **Objective:** Learning a language becomes a daily habit');
    expect(markdown).toContain('**Outcome:** More learners complete a 7-day practice streak');
    expect(markdown).toContain('- **Learners who complete a 7-day practice streak**: 22% → 30% by 2027-06-23 — **27 %** of the way (now 24.2% on 2026-11-16)');
    expect(markdown).toContain('**Target opportunity:** I don\'t notice reminders among other notifications');
    expect(markdown).toContain('- Observation (first-hand): Watched 5 learners clear their lock screen');
  });

  it('lists the solutions in play under the target with their experiments and results, not the discarded one', () => {
    const page = onePagerOf(example);
    expect(page.solutions.map((solution) => solution.title)).toEqual([
      'Remind me at the time I usually practise',
      'Streak widget on the lock screen',
      'Reminders written by a tutor character with a name',
    ]);
    expect(page.solutions[0]?.experiments[0]).toMatchObject({ status: 'passed', result: expect.stringContaining('21% turned it on') });
  });

  it('says what is missing on a new tree instead of leaving gaps', () => {
    const markdown = onePagerMarkdown(buildDoc(outcome([], { keyResults: undefined })));
    expect(markdown).toContain('- **Objective:** _not written yet_');
    expect(markdown).toContain('_No key results yet._');
    expect(markdown).toContain('_No target opportunity chosen yet._');
  });

  it('draws the same story as a picture with a bar per key result, escaping user text', () => {
    const doc = buildDoc(outcome([], { objective: 'Less <waiting>', keyResults: [{ id: 'k', name: 'Orders & returns', baseline: 0, target: 10, checkIns: [{ date: '2026-01-01', value: 5 }] }] }));
    const { svg, width, height } = onePagerSvg(doc);
    expect(width).toBe(1000);
    expect(height).toBeGreaterThan(300);
    expect(svg).toContain('Objective: Less &lt;waiting&gt;');
    expect(svg).toContain('Orders &amp; returns');
    expect(svg).toContain('>50 %<');
    expect(svg.indexOf('WHY')).toBeLessThan(svg.indexOf('PROOF'));
    expect(svg.indexOf('PROOF')).toBeLessThan(svg.indexOf('WHAT'));
  });
});
