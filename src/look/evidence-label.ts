/** How a node's evidence reads on its card and in pictures: "3 evidence (1 first-hand)", or null for none. */
export function evidenceLabel(linked: number, firstHand: number): string | null {
  if (linked === 0) return null;
  return `${linked} evidence${firstHand < linked ? ` (${firstHand} first-hand)` : ''}`;
}
