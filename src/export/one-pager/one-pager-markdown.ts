import { EVIDENCE_KIND_LABEL } from '../../domain/kinds';
import type { TreeDoc } from '../../domain/types';
import { escapeMarkdown } from '../markdown';
import { onePagerOf, type OnePagerKeyResult } from './one-pager-content';

/**
 * The stakeholder one-pager as Markdown: Why (objective, business goal) → Proof (outcome, key
 * results with progress) → What (target opportunity with its evidence, solutions in play with
 * their experiments and results). User text is escaped, as in the tree's Markdown export.
 */
export function onePagerMarkdown(doc: TreeDoc): string {
  const page = onePagerOf(doc);
  const lines: string[] = [`# ${escapeMarkdown(page.treeTitle) || 'Untitled tree'}`, '', '## Why', ''];
  lines.push(`- **Objective:** ${page.objective ? escapeMarkdown(page.objective) : '_not written yet_'}`);
  lines.push(`- **Business goal:** ${page.businessGoal ? escapeMarkdown(page.businessGoal) : '_not written yet_'}`);
  lines.push('', '## Proof', '', `**Outcome:** ${escapeMarkdown(page.outcome)}`, '');
  if (page.keyResults.length === 0) lines.push('_No key results yet._');
  for (const keyResult of page.keyResults) lines.push(`- ${keyResultLine(keyResult)}`);
  lines.push('', '## What', '');
  if (!page.target) lines.push('_No target opportunity chosen yet._');
  else {
    lines.push(`**Target opportunity:** ${escapeMarkdown(page.target.title)}${page.target.firstHand ? '' : ' _(no first-hand evidence yet)_'}`, '');
    for (const item of page.target.evidence) {
      const hand = item.firstHand ? 'first-hand' : 'second-hand';
      const quote = item.quote ? ` — “${escapeMarkdown(item.quote)}”` : '';
      lines.push(`- ${EVIDENCE_KIND_LABEL[item.kind]} (${hand}): ${escapeMarkdown(item.summary)}${quote}`);
    }
    lines.push('', '### Solutions in play', '');
    if (page.solutions.length === 0) lines.push('_None yet._');
    for (const solution of page.solutions) {
      lines.push(`- **${escapeMarkdown(solution.title)}** · ${solution.status}`);
      for (const experiment of solution.experiments) {
        const result = experiment.result ? `: ${escapeMarkdown(experiment.result)}` : '';
        lines.push(`  - Experiment: ${escapeMarkdown(experiment.title)} · ${experiment.status}${result}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

function keyResultLine(keyResult: OnePagerKeyResult): string {
  let text = `**${escapeMarkdown(keyResult.name)}**`;
  if (keyResult.range) text += `: ${escapeMarkdown(keyResult.range)}`;
  if (keyResult.deadline) text += ` by ${escapeMarkdown(keyResult.deadline)}`;
  text += keyResult.progress === null ? ' — no target set' : ` — **${keyResult.progress} %** of the way`;
  if (keyResult.current) text += ` (now ${escapeMarkdown(keyResult.current)})`;
  return text;
}
