/** True when a key event belongs to a text field rather than to the canvas. */
export function isEditableTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file'].includes(type);
  }
  return false;
}

/** Buttons, links and fields: Enter and Space belong to them, not to the canvas. */
const CONTROL = 'button, a[href], input, select, textarea, summary, [role="button"], [role="menuitem"], [contenteditable="true"]';

/**
 * Canvas shortcuts apply only while the canvas itself (or a node in it) has focus — never from
 * `<body>`, a header button, a menu, a panel, or a control inside the canvas (node toolbar, zoom,
 * minimap), whose Enter and Space do what the control says.
 */
export function isCanvasContext(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (!target.closest('[data-testid="canvas"]')) return false;
  return !target.closest(CONTROL);
}

/** Inside a dialog (help, evidence library): keys stay with the dialog. */
export function isInDialog(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && Boolean(target.closest('[role="dialog"]'));
}
