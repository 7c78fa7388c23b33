import { layoutKeyResultChart, polylinePath } from '../../domain/key-results/chart-geometry';
import type { KeyResult } from '../../domain/types';

const WIDTH = 120;
const HEIGHT = 32;

/** A key result's check-ins as a tiny line against its target (a solid rule) — no axes, no labels. */
export function Sparkline({ keyResult, today }: { keyResult: KeyResult; today: number }) {
  const chart = layoutKeyResultChart(keyResult, { width: WIDTH, height: HEIGHT, padding: { top: 3, right: 3, bottom: 3, left: 3 } }, today, null);
  const count = keyResult.checkIns?.length ?? 0;
  if (!chart || count === 0) return <span className="field-note">no check-ins</span>;
  return (
    <svg className="sparkline" width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`${count} check-ins`}>
      {chart.targetY !== null && <line className="kr-chart-target" x1={0} x2={WIDTH} y1={chart.targetY} y2={chart.targetY} />}
      {chart.baselineY !== null && <line className="kr-chart-baseline" x1={0} x2={WIDTH} y1={chart.baselineY} y2={chart.baselineY} />}
      <path className="kr-chart-line" d={polylinePath(chart.checkIns)} />
      {chart.checkIns.at(-1) && <circle className="kr-chart-dot" cx={chart.checkIns.at(-1)!.x} cy={chart.checkIns.at(-1)!.y} r={2.5} />}
    </svg>
  );
}
