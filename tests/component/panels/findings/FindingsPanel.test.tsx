import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FindingsPanel } from '../../../../src/panels/findings/FindingsPanel';
import { Inspector } from '../../../../src/panels/inspector/Inspector';
import { buildDoc, evidence, outcome } from '../../../unit/domain/rules/build-doc';
import { renderEditor } from '../../render-editor';
import { sampleTree } from '../sample-tree';

function panel() {
  return screen.getByTestId('findings');
}

function items(): HTMLElement[] {
  return Array.from(panel().querySelectorAll<HTMLElement>('[data-rule]'));
}

function itemFor(rule: string): HTMLElement {
  const element = panel().querySelector<HTMLElement>(`[data-rule="${rule}"]`);
  if (!element) throw new Error(`No finding for ${rule}`);
  return element;
}

describe('Findings panel', () => {
  it('groups findings by severity under headings with counts', () => {
    renderEditor(sampleTree(), <FindingsPanel />);
    const headings = within(panel())
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(headings).toEqual(['Errors 1', 'Warnings 1', 'Notes 1']);
    expect(items().map((element) => element.getAttribute('data-severity'))).toEqual(['error', 'warning', 'info']);
  });

  it('marks every item with its rule, severity and the node (or evidence) it is about', () => {
    renderEditor(sampleTree(), <FindingsPanel />);
    const error = itemFor('solution-needs-evidenced-problem');
    expect(error.getAttribute('data-severity')).toBe('error');
    expect(error.getAttribute('data-node-id')).toBe('sol-reminder');
    expect(error.textContent).toContain('Solutions need an evidenced problem');
    expect(error.textContent).toContain('I forget to practise in the evening');

    expect(itemFor('experiment-needs-result').getAttribute('data-node-id')).toBe('exp-reminder');

    const unused = itemFor('evidence-unused');
    expect(unused.hasAttribute('data-node-id')).toBe(false);
    expect(unused.getAttribute('data-evidence-id')).toBe('ev-survey');
  });

  it('selects the node a finding is about when it is clicked', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor(sampleTree(), <FindingsPanel />);
    await user.click(within(itemFor('experiment-needs-result')).getByRole('button', { name: /Passed or failed needs a result/ }));
    expect(store.getState().selectedId).toBe('exp-reminder');
    expect(itemFor('experiment-needs-result').querySelector('[aria-current="true"]')).not.toBeNull();
  });

  it('adds a solution under the target opportunity from the compare-and-contrast fix', async () => {
    const user = userEvent.setup();
    const doc = buildDoc(outcome([{ kind: 'opportunity', id: 'opp', title: 'Learners lose motivation', target: true }]));
    const { store } = renderEditor(doc, <FindingsPanel />);
    await user.click(within(itemFor('compare-and-contrast')).getByRole('button', { name: 'Add a solution — opportunity “Learners lose motivation”' }));
    const children = Object.values(store.getState().doc.nodes).filter((node) => node.parentId === 'opp');
    expect(children.map((node) => node.kind)).toEqual(['solution']);
    expect(store.getState().selectedId).toBe(children[0]?.id);
    expect(store.getState().editingId).toBe(children[0]?.id);
  });

  it('takes a "Link evidence…" fix to the evidence picker of the opportunity that needs it', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor(
      sampleTree(),
      <>
        <Inspector />
        <FindingsPanel />
      </>,
      { initialSelection: 'outcome' },
    );
    await user.click(within(itemFor('solution-needs-evidenced-problem')).getByRole('button', { name: 'Link evidence… — opportunity “I forget to practise in the evening”' }));
    expect(store.getState().selectedId).toBe('opp-assumed');
    expect(document.activeElement).toBe(screen.getByLabelText('Link evidence already in this tree'));
  });

  it('takes a "Write the result" fix to the experiment’s result field', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor(
      sampleTree(),
      <>
        <Inspector />
        <FindingsPanel />
      </>,
    );
    await user.click(within(itemFor('experiment-needs-result')).getByRole('button', { name: 'Write the result — experiment “Fake-door reminder”' }));
    expect(store.getState().selectedId).toBe('exp-reminder');
    expect(document.activeElement).toBe(screen.getByLabelText('Result'));
    await user.keyboard('41 % opted in');
    await user.tab();
    expect(itemsOrNone('experiment-needs-result')).toBeNull();
  });

  it('switches a warning rule off for this tree, which removes its items', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor(sampleTree(), <FindingsPanel />);
    await user.click(within(panel()).getByRole('button', { name: 'Rules' }));
    await user.click(within(panel()).getByRole('checkbox', { name: /Passed or failed needs a result/ }));
    expect(store.getState().doc.meta.settings.silencedRules).toEqual(['experiment-needs-result']);
    expect(itemsOrNone('experiment-needs-result')).toBeNull();
    expect(within(panel()).getByRole('button', { name: 'Rules (1 off)' })).toBeTruthy();

    await user.click(within(panel()).getByRole('checkbox', { name: /Passed or failed needs a result/ }));
    expect(store.getState().doc.meta.settings.silencedRules).toEqual([]);
    expect(itemsOrNone('experiment-needs-result')).not.toBeNull();
  });

  it('shows error rules in the settings but never lets them be switched off', async () => {
    const user = userEvent.setup();
    const { store } = renderEditor(sampleTree(), <FindingsPanel />);
    await user.click(within(panel()).getByRole('button', { name: 'Rules' }));
    const errorRule = within(panel()).getByRole('checkbox', { name: /Solutions need an evidenced problem/ }) as HTMLInputElement;
    expect(errorRule.checked).toBe(true);
    expect(errorRule.disabled).toBe(true);
    expect(screen.getByText(/An error — always checked/, { selector: `#${errorRule.getAttribute('aria-describedby') ?? ''}` })).toBeTruthy();
    await user.click(errorRule);
    expect(store.getState().doc.meta.settings.silencedRules).toEqual([]);
    expect(itemsOrNone('solution-needs-evidenced-problem')).not.toBeNull();
  });

  it('says so when the tree follows every rule', () => {
    const doc = buildDoc(outcome([{ kind: 'opportunity', title: 'I forget to practise', evidenceIds: ['i'] }]), [evidence('i', 'interview')]);
    renderEditor(doc, <FindingsPanel />);
    expect(within(panel()).getByText("No findings — this tree follows the method's rules.")).toBeTruthy();
    expect(items()).toHaveLength(0);
  });

  it('updates as the tree changes', () => {
    const { store } = renderEditor(sampleTree(), <FindingsPanel />);
    act(() => store.getState().actions.updateNode('exp-reminder', { result: '41 % opted in' }));
    expect(itemsOrNone('experiment-needs-result')).toBeNull();
    expect(items().map((element) => element.getAttribute('data-rule'))).toEqual(['solution-needs-evidenced-problem', 'evidence-unused']);
  });
});

function itemsOrNone(rule: string): HTMLElement | null {
  return panel().querySelector<HTMLElement>(`[data-rule="${rule}"]`);
}
