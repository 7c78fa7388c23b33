// Shared setup for component tests (jsdom): a fake IndexedDB, cleanup between tests (Vitest
// globals are off, so Testing Library cannot register it itself) and the browser APIs React Flow
// needs to measure nodes, which jsdom lacks.
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Each test starts as a fresh browser profile would: no form drafts or journals from the one before.
afterEach(() => {
  cleanup();
  localStorage.clear();
});

class ResizeObserverStub implements ResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element): void {
    // React Flow measures an element when the observer reports it: report it once, at once.
    this.callback([{ target } as ResizeObserverEntry], this);
  }
  unobserve(): void {}
  disconnect(): void {}
}

class DOMMatrixReadOnlyStub {
  readonly m22: number;
  constructor(transform?: string) {
    const scale = transform?.match(/scale\(([\d.]+)\)/)?.[1];
    this.m22 = scale === undefined ? 1 : Number(scale);
  }
}

Object.defineProperty(globalThis, 'ResizeObserver', { configurable: true, writable: true, value: ResizeObserverStub });
Object.defineProperty(globalThis, 'DOMMatrixReadOnly', { configurable: true, writable: true, value: DOMMatrixReadOnlyStub });

// jsdom lays nothing out, so every element would report 0×0 and React Flow skips nodes of size 0:
// report the inline size when there is one (as React Flow's own testing guide does), else 1 px.
function inlineSize(element: HTMLElement, dimension: 'width' | 'height'): number {
  return Number.parseFloat(element.style[dimension]) || 1;
}
Object.defineProperties(HTMLElement.prototype, {
  offsetWidth: { configurable: true, get(this: HTMLElement) { return inlineSize(this, 'width'); } },
  offsetHeight: { configurable: true, get(this: HTMLElement) { return inlineSize(this, 'height'); } },
});

if (typeof SVGElement !== 'undefined') {
  Object.defineProperty(SVGElement.prototype, 'getBBox', {
    configurable: true,
    value: () => ({ x: 0, y: 0, width: 0, height: 0 }),
  });
}
