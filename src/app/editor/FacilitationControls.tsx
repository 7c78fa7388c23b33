import { VoteStartButton } from '../../canvas/voting/VoteStartButton';
import { Timer } from '../../ui/timer/Timer';

/** The header's workshop tools: dot voting and the timebox (kept apart so header layout can move them). */
export function FacilitationControls() {
  return (
    <div className="header-group facilitation-controls" role="group" aria-label="Workshop">
      <VoteStartButton />
      <Timer />
    </div>
  );
}
