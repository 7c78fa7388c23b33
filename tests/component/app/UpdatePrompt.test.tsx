import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UpdatePrompt } from '../../../src/app/UpdatePrompt';
import { registerUnsavedWork, type SaveProgress } from '../../../src/ui/unsaved-work';

let unregister: (() => void) | null = null;
afterEach(() => {
  unregister?.();
  unregister = null;
});

describe('UpdatePrompt', () => {
  it('shows nothing while no new version waits', () => {
    const { container } = render(<UpdatePrompt update={null} />);
    expect(container.innerHTML).toBe('');
  });

  it('reloads into the new version at once when everything is saved', async () => {
    const activate = vi.fn(async () => undefined);
    render(<UpdatePrompt update={{ activate }} />);
    expect(screen.getByTestId('update-prompt').textContent).toContain('A new version is ready.');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Reload' })));
    expect(activate).toHaveBeenCalledTimes(1);
  });

  it('saves the open tree first, and reloads only once the save has stored it', async () => {
    let progress: SaveProgress = { unsaved: true, state: 'pending' };
    const flush = vi.fn(async () => {
      progress = { unsaved: false, state: 'saved' };
    });
    unregister = registerUnsavedWork({ progress: () => progress, flush });
    const activate = vi.fn(async () => {
      expect(progress.state).toBe('saved');
    });
    render(<UpdatePrompt update={{ activate }} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Reload' })));
    expect(flush).toHaveBeenCalled();
    expect(activate).toHaveBeenCalledTimes(1);
  });

  it('never reloads while writes fail, and says what to do', async () => {
    unregister = registerUnsavedWork({ progress: () => ({ unsaved: true, state: 'error' }), flush: async () => undefined });
    const activate = vi.fn(async () => undefined);
    render(<UpdatePrompt update={{ activate }} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Reload' })));
    expect(activate).not.toHaveBeenCalled();
    expect(screen.getByTestId('update-prompt').textContent).toMatch(/could not be saved yet.*export the tree/);
    expect((screen.getByRole('button', { name: 'Reload' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('"Later" hides the prompt', () => {
    render(<UpdatePrompt update={{ activate: async () => undefined }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByTestId('update-prompt')).toBeNull();
  });
});
