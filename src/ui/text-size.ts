import { create } from 'zustand';

/** Title sizes offered for the room, as multiples of the 18 px default (at least three steps up). */
export const TEXT_SCALES = [1, 1.25, 1.5, 1.75, 2] as const;
export type TextScale = (typeof TEXT_SCALES)[number];

const STORAGE_KEY = 'ost-editor:text-scale';

function storedScale(): TextScale {
  try {
    const stored = Number(window.localStorage.getItem(STORAGE_KEY));
    const known = TEXT_SCALES.find((scale) => scale === stored);
    if (known) return known;
  } catch {
    // Storage may be blocked; the default size still works.
  }
  return 1;
}

function applyScale(scale: number): void {
  if (typeof document === 'undefined') return;
  document.documentElement.style.setProperty('--title-scale', String(scale));
  document.documentElement.dataset.textScale = String(scale);
}

interface TextSizeState {
  /** The chosen size (remembered). */
  scale: TextScale;
  /** A lower bound while presenting, so titles read across the room; null otherwise. */
  floor: number | null;
  /** The size titles are drawn and laid out at: the chosen one, raised to the floor. */
  effective: number;
  setScale(scale: TextScale): void;
  /** Sets or clears the lower bound (present mode); the remembered choice is untouched. */
  setFloor(floor: number | null): void;
  /** One step bigger (+1) or smaller (-1); stops at the ends. */
  step(direction: 1 | -1): void;
}

/**
 * The title text size, remembered per browser (a display preference like the theme, not part of
 * any tree). Node boxes and the layout follow it; exported pictures keep the default size.
 */
export const useTextSize = create<TextSizeState>()((set, get) => {
  const initial = typeof window === 'undefined' ? 1 : storedScale();
  applyScale(initial);
  const effectiveOf = (scale: number, floor: number | null) => Math.max(scale, floor ?? 0);
  const setScale = (scale: TextScale) => {
    const effective = effectiveOf(scale, get().floor);
    applyScale(effective);
    try {
      window.localStorage.setItem(STORAGE_KEY, String(scale));
    } catch {
      // Not remembered; the size still applies for this visit.
    }
    set({ scale, effective });
  };
  return {
    scale: initial,
    floor: null,
    effective: initial,
    setScale,
    setFloor: (floor) => {
      const effective = effectiveOf(get().scale, floor);
      applyScale(effective);
      set({ floor, effective });
    },
    step: (direction) => {
      const index = TEXT_SCALES.indexOf(get().scale);
      const next = TEXT_SCALES[Math.min(TEXT_SCALES.length - 1, Math.max(0, index + direction))]!;
      if (next !== get().scale) setScale(next);
    },
  };
});
