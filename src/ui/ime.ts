/** The parts of a DOM or React keyboard event that tell whether an input method is composing. */
interface ComposableKeyEvent {
  keyCode?: number;
  isComposing?: boolean;
  nativeEvent?: { isComposing?: boolean; keyCode?: number };
}

/**
 * True while a key belongs to an input method (IME) composition — e.g. the Enter that confirms a
 * Japanese or Chinese candidate. Such a key must never commit, add or delete anything.
 * Browsers flag it with `isComposing`; Safari and older Chromium send the confirming keydown just
 * after `compositionend` with keyCode 229 instead, so both are checked.
 * Takes a native `KeyboardEvent` or a React keyboard event.
 */
export function isImeComposing(event: ComposableKeyEvent): boolean {
  if (event.isComposing || event.nativeEvent?.isComposing) return true;
  return event.keyCode === 229 || event.nativeEvent?.keyCode === 229;
}
