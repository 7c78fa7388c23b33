import { useFindingsUi } from './findings-ui';

/** Shows or hides the findings panel. */
export function FindingsToggle() {
  const open = useFindingsUi((state) => state.open);
  const toggle = useFindingsUi((state) => state.toggle);
  return (
    <button type="button" className="btn" data-testid="findings-toggle" aria-pressed={open} onClick={toggle} title={open ? 'Hide findings' : 'Show findings'}>
      Findings
    </button>
  );
}
