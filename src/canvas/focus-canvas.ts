import { focusRegion } from '../ui/regions';

/** Returns keyboard focus to the canvas so shortcuts work after editing or clicking a panel. */
export function focusCanvas(): void {
  focusRegion('canvas');
}
