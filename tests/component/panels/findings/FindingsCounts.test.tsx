import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { FindingsCounts } from '../../../../src/panels/findings/FindingsCounts';
import { useFindingsUi } from '../../../../src/panels/findings/findings-ui';
import { FindingsToggle } from '../../../../src/panels/findings/FindingsToggle';
import { renderEditor } from '../../render-editor';
import { sampleTree } from '../sample-tree';

function pill(severity: string): HTMLElement {
  const element = screen.getByTestId('findings-counts').querySelector<HTMLElement>(`[data-severity="${severity}"]`);
  if (!element) throw new Error(`No ${severity} pill`);
  return element;
}

describe('FindingsCounts', () => {
  it('shows error, warning and note counts, in words for screen readers', () => {
    renderEditor(sampleTree(), <FindingsCounts />);
    expect(pill('error').getAttribute('data-count')).toBe('1');
    expect(pill('warning').getAttribute('data-count')).toBe('1');
    expect(pill('info').getAttribute('data-count')).toBe('1');
    expect(screen.getByTestId('findings-counts').getAttribute('aria-label')).toBe('Findings: 1 error, 1 warning, 1 note');
  });

  it('updates when the document changes', () => {
    const { store } = renderEditor(sampleTree(), <FindingsCounts />);
    act(() => {
      store.getState().actions.linkEvidence('opp-assumed', 'ev-interview');
      store.getState().actions.addChild('outcome', 'opportunity');
    });
    // The evidenced problem clears the error; the new opportunity has no title (a note).
    expect(pill('error').getAttribute('data-count')).toBe('0');
    expect(pill('info').getAttribute('data-count')).toBe('2');
    expect(pill('info').textContent).toContain('2 notes');
  });
});

describe('FindingsToggle', () => {
  afterEach(() => {
    useFindingsUi.setState({ open: true });
  });

  it('starts open and shows or hides the findings panel', async () => {
    const user = userEvent.setup();
    renderEditor(sampleTree(), <FindingsToggle />);
    const toggle = screen.getByTestId('findings-toggle');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    await user.click(toggle);
    expect(useFindingsUi.getState().open).toBe(false);
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    await user.click(toggle);
    expect(useFindingsUi.getState().open).toBe(true);
  });
});
