import { afterAll, beforeAll } from 'vitest';

/**
 * The canvas renders only nodes inside its viewport and reads the pane's size from offsetWidth/
 * Height, which jsdom never lays out: give React Flow's pane a projector's size for the tests of
 * one file, and keep the shared 1 px fallback for everything else.
 */
export function givePaneSize(width = 1280, height = 720): void {
  const offsetWidth = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetWidth')!;
  const offsetHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight')!;
  const isPane = (element: HTMLElement) => element.classList.contains('react-flow__renderer');
  beforeAll(() => {
    Object.defineProperties(HTMLElement.prototype, {
      offsetWidth: { configurable: true, get(this: HTMLElement) { return isPane(this) ? width : offsetWidth.get!.call(this); } },
      offsetHeight: { configurable: true, get(this: HTMLElement) { return isPane(this) ? height : offsetHeight.get!.call(this); } },
    });
  });
  afterAll(() => {
    Object.defineProperties(HTMLElement.prototype, { offsetWidth, offsetHeight });
  });
}
