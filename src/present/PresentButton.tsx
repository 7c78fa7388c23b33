import { usePresent } from './present-store';

/** Enters present mode (Alt+P): the whole screen for the tree, read-only, told in steps. */
export function PresentButton() {
  const enter = usePresent((state) => state.enter);
  return (
    <button type="button" className="btn btn-primary" data-testid="present" onClick={enter} title="Present the tree to the room (Alt+P); Esc leaves">
      ▶ Present
    </button>
  );
}
