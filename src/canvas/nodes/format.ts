export function evidenceLabel(linked: number, firstHand: number): string | null {
  if (linked === 0) return null;
  return `${linked} evidence${firstHand < linked ? ` (${firstHand} first-hand)` : ''}`;
}
