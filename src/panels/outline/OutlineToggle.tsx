import { useOutlineUi } from './outline-ui';

/** Shows or hides the outline: the tree as a list a screen reader reads, beside the canvas. */
export function OutlineToggle() {
  const open = useOutlineUi((state) => state.open);
  const toggle = useOutlineUi((state) => state.toggle);
  return (
    <button type="button" className="btn" data-testid="outline-toggle" aria-pressed={open} onClick={toggle} title={`${open ? 'Hide' : 'Show'} the outline (Alt+U)`}>
      Outline
    </button>
  );
}
