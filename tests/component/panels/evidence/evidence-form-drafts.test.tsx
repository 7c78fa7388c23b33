import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EvidenceLibraryDrawer } from '../../../../src/panels/evidence/EvidenceLibraryDrawer';
import { commitAllDrafts } from '../../../../src/ui/draft-registry';
import { renderEditor } from '../../render-editor';
import { sampleTree } from '../sample-tree';

const library = () => within(screen.getByTestId('evidence-library'));

describe('New evidence typed and not yet added', () => {
  it('is kept when the page goes away and opens again with its text', async () => {
    const user = userEvent.setup();
    const first = renderEditor(sampleTree(), <EvidenceLibraryDrawer open onClose={() => {}} />);
    await user.click(library().getByRole('button', { name: 'Add evidence' }));
    await user.type(library().getByLabelText('Summary (required)'), 'Parents check on Sundays');
    commitAllDrafts(); // what the page runs on pagehide
    first.unmount();

    renderEditor(sampleTree(), <EvidenceLibraryDrawer open onClose={() => {}} />);
    expect(library().getByLabelText('Summary (required)')).toHaveProperty('value', 'Parents check on Sundays');
  });

  it('is kept when the drawer closes with it unsubmitted, and forgotten once cancelled', async () => {
    const user = userEvent.setup();
    const first = renderEditor(sampleTree(), <EvidenceLibraryDrawer open onClose={() => {}} />);
    await user.click(library().getByRole('button', { name: 'Add evidence' }));
    await user.type(library().getByLabelText('Summary (required)'), 'Half a thought');
    first.unmount();

    const second = renderEditor(sampleTree(), <EvidenceLibraryDrawer open onClose={() => {}} />);
    expect(library().getByLabelText('Summary (required)')).toHaveProperty('value', 'Half a thought');
    await user.click(library().getByRole('button', { name: 'Cancel' }));
    second.unmount();

    renderEditor(sampleTree(), <EvidenceLibraryDrawer open onClose={() => {}} />);
    expect(library().queryByLabelText('Summary (required)')).toBeNull();
  });

  it('is forgotten once added', async () => {
    const user = userEvent.setup();
    const first = renderEditor(sampleTree(), <EvidenceLibraryDrawer open onClose={() => {}} />);
    await user.click(library().getByRole('button', { name: 'Add evidence' }));
    await user.type(library().getByLabelText('Summary (required)'), 'Heard twice');
    await user.click(library().getByRole('button', { name: 'Add evidence' }));
    commitAllDrafts();
    first.unmount();

    renderEditor(sampleTree(), <EvidenceLibraryDrawer open onClose={() => {}} />);
    expect(library().queryByLabelText('Summary (required)')).toBeNull();
  });
});
