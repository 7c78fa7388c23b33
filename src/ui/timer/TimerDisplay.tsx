import { useEffect } from 'react';
import { formatClock } from '../../domain/timebox';
import { TimerEndedBanner } from './TimerEndedBanner';
import { useTimer } from './timer-store';
import { useTimerClock } from './use-timer-clock';
import './timer.css';

/**
 * The running timer without controls, for views that hide the header (present mode): nothing while
 * the timer is idle, the remaining m:ss while it runs or is paused, the end banner at the end.
 */
export function TimerDisplay() {
  const clock = useTimerClock();
  const idle = useTimer((state) => state.timebox.status === 'idle');
  // While this view is open it shows the end banner, not the (hidden) header's timer.
  useEffect(() => useTimer.getState().addDisplay(), []);
  if (idle) return null;
  const state = clock.ended ? 'ended' : clock.running ? 'running' : 'paused';
  return (
    <div className="timer-display" data-state={state}>
      <span className="timer-time" role="timer" data-state={state}>
        {formatClock(clock.remainingMs)}
      </span>
      {clock.ended && <TimerEndedBanner onDismiss={useTimer.getState().reset} />}
    </div>
  );
}
