import { keyResultLabel } from '../../domain/key-results/format';
import { barFill, keyResultProgress, roundedProgress } from '../../domain/key-results/progress';
import { MAX_KEY_RESULT_ROWS } from '../../domain/node-metrics';
import type { KeyResult } from '../../domain/types';

/**
 * An outcome's key results as bars: name, percent of the way from baseline to target, and a bar
 * filled to it (full past the target). The element of each carries `data-kr-id` and
 * `data-progress` (a whole percent, may exceed 100 or be negative; 0 while undefined).
 */
export function KeyResultBars({ keyResults }: { keyResults: readonly KeyResult[] | undefined }) {
  if (!keyResults || keyResults.length === 0) return null;
  return (
    <ul className="kr-bars">
      {keyResults.slice(0, MAX_KEY_RESULT_ROWS).map((keyResult) => {
        const progress = keyResultProgress(keyResult);
        const percent = roundedProgress(progress);
        const label = keyResultLabel(keyResult);
        const shown = progress === null ? 'no target' : `${percent} %`;
        return (
          <li key={keyResult.id} className="kr-bar" data-kr-id={keyResult.id} data-progress={percent} title={`${label}: ${shown}`}>
            <span className="kr-bar-label">
              <span className="kr-bar-name">{label}</span>
              <span className={`kr-bar-percent${progress !== null && progress < 0 ? ' is-behind' : ''}`}>{shown}</span>
            </span>
            <span className="kr-bar-track" aria-hidden="true">
              <span className={`kr-bar-fill${progress !== null && progress >= 100 ? ' is-done' : ''}`} style={{ width: `${barFill(progress)}%` }} />
            </span>
          </li>
        );
      })}
    </ul>
  );
}
