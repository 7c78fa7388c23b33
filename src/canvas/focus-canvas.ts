/** Returns keyboard focus to the canvas so shortcuts work after editing or clicking a panel. */
export function focusCanvas(): void {
  const canvas = document.querySelector<HTMLElement>('[data-testid="canvas"]');
  canvas?.focus({ preventScroll: true });
}
