/**
 * The editor's regions (header, outline, canvas, side panel) that F6 / Shift+F6 cycle through.
 * Each region element carries `data-region="<name>"` and an accessible name; inside it, an element
 * marked `data-region-entry` (e.g. the outline's current item) takes focus, else the region itself.
 */
export type RegionName = 'header' | 'outline' | 'canvas' | 'side-panel';

/** The regions on screen, in document order; hidden ones (display: none, `hidden`) are skipped. */
export function visibleRegions(root: ParentNode = document): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('[data-region]')).filter(
    (element) => !element.closest('[hidden], [inert]') && element.getClientRects().length > 0,
  );
}

/** Focuses a region's entry point; returns false when that region is not on screen. */
export function focusRegion(region: RegionName | HTMLElement): boolean {
  const element = typeof region === 'string' ? document.querySelector<HTMLElement>(`[data-region="${region}"]`) : region;
  if (!element) return false;
  const entry = element.querySelector<HTMLElement>('[data-region-entry]') ?? element;
  entry.focus({ preventScroll: entry !== element });
  return document.activeElement === entry;
}

/**
 * Moves focus to the next (step 1) or previous (step -1) region after the one holding focus,
 * wrapping around. From outside every region (e.g. `<body>`) it starts at the first or last.
 */
export function cycleRegion(step: 1 | -1): void {
  const regions = visibleRegions();
  if (regions.length === 0) return;
  const active = document.activeElement;
  const current = regions.findIndex((region) => active instanceof Node && region.contains(active));
  const start = current < 0 ? (step === 1 ? -1 : regions.length) : current;
  for (let offset = 1; offset <= regions.length; offset++) {
    const next = regions[(start + step * offset + regions.length * 2) % regions.length];
    if (next && focusRegion(next)) return;
  }
}
