import { dateOfDay, dayNumber, localToday } from '../../../domain/key-results/calendar-date';
import { layoutKeyResultChart, polylinePath } from '../../../domain/key-results/chart-geometry';
import { formatMeasure, formatNumber } from '../../../domain/key-results/format';
import type { KeyResult } from '../../../domain/types';
import { useEditor } from '../../../store/editor-context';

const WIDTH = 300;
const HEIGHT = 150;
const PADDING = { top: 10, right: 10, bottom: 22, left: 40 };

/**
 * The key result over time: check-ins as a line with dots, the baseline, the target up to the
 * deadline, and the expected pace from baseline to target. Colours come from the theme's CSS
 * variables; lines also differ by dash, so nothing is told by colour alone.
 */
export function KeyResultChart({ keyResult }: { keyResult: KeyResult }) {
  const createdAt = useEditor((state) => state.doc.meta.createdAt);
  const today = dayNumber(localToday()) ?? 0;
  const chart = layoutKeyResultChart(keyResult, { width: WIDTH, height: HEIGHT, padding: PADDING }, today, dayNumber(createdAt.slice(0, 10)));
  if (!chart) return null;
  const { domain } = chart;
  const unit = keyResult.unit;
  const name = keyResult.name.trim() || 'untitled key result';
  const bottom = HEIGHT - PADDING.bottom;
  return (
    <figure className="kr-chart" data-testid="kr-chart" data-kr-chart={keyResult.id}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`Chart of ${name}: ${keyResult.checkIns?.length ?? 0} check-ins against baseline and target`}>
        <line className="kr-chart-axis" x1={PADDING.left} x2={WIDTH - PADDING.right} y1={bottom} y2={bottom} />
        {chart.valueTicks.map((tick) => (
          <text key={tick.value} className="kr-chart-label" x={PADDING.left - 4} y={tick.y + 4} textAnchor="end">
            {formatNumber(tick.value)}
          </text>
        ))}
        <text className="kr-chart-label" x={PADDING.left} y={HEIGHT - 6}>
          {dateOfDay(domain.firstDay)}
        </text>
        <text className="kr-chart-label" x={WIDTH - PADDING.right} y={HEIGHT - 6} textAnchor="end">
          {dateOfDay(domain.lastDay)}
        </text>
        {chart.baselineY !== null && <line className="kr-chart-baseline" x1={PADDING.left} x2={WIDTH - PADDING.right} y1={chart.baselineY} y2={chart.baselineY} />}
        {chart.targetY !== null && (
          <line className="kr-chart-target" x1={PADDING.left} x2={chart.deadlineX ?? WIDTH - PADDING.right} y1={chart.targetY} y2={chart.targetY} />
        )}
        {chart.deadlineX !== null && <line className="kr-chart-deadline" x1={chart.deadlineX} x2={chart.deadlineX} y1={PADDING.top} y2={bottom} />}
        {chart.todayX !== null && <line className="kr-chart-today" x1={chart.todayX} x2={chart.todayX} y1={PADDING.top} y2={bottom} />}
        {chart.pace && <path className="kr-chart-pace" d={polylinePath(chart.pace)} />}
        {chart.checkIns.length > 1 && <path className="kr-chart-line" d={polylinePath(chart.checkIns)} />}
        {chart.checkIns.map((point, index) => (
          <circle key={index} className="kr-chart-dot" cx={point.x} cy={point.y} r={3.5} />
        ))}
      </svg>
      <figcaption className="kr-chart-legend">
        <span className="legend-checkins">● check-ins</span>
        {keyResult.baseline !== undefined && <span className="legend-baseline">— baseline {formatMeasure(keyResult.baseline, unit)}</span>}
        {keyResult.target !== undefined && <span className="legend-target">— target {formatMeasure(keyResult.target, unit)}{keyResult.deadline ? ` by ${keyResult.deadline}` : ''}</span>}
        {chart.pace && <span className="legend-pace">┄ expected pace</span>}
      </figcaption>
    </figure>
  );
}
