/** A coordinate as SVG text: at most one decimal, no trailing zeros, no "-0". */
export function svgNumber(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return rounded === 0 ? '0' : String(rounded);
}
