import { useEffect, useRef, useState } from 'react';
import { hasEnded, remainingAt } from '../../domain/timebox';
import { playEndBeep } from './beep';
import { useTimer } from './timer-store';

export interface TimerClock {
  remainingMs: number;
  running: boolean;
  ended: boolean;
}

/**
 * The timer as it stands now. While running it re-reads the wall clock a few times a second (the
 * time shown is computed, not counted, so a late or skipped repaint never drifts), and beeps once
 * at the end when sound is on.
 */
export function useTimerClock(): TimerClock {
  const timebox = useTimer((state) => state.timebox);
  const [now, setNow] = useState(() => Date.now());
  const running = timebox.status === 'running';
  useEffect(() => {
    setNow(Date.now());
    if (!running) return;
    const interval = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(interval);
  }, [running, timebox]);

  const ended = hasEnded(timebox, now);
  const beepedFor = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (!ended || !running || beepedFor.current === timebox.startedAt) return;
    beepedFor.current = timebox.startedAt;
    if (useTimer.getState().sound) playEndBeep();
  }, [ended, running, timebox.startedAt]);

  return { remainingMs: remainingAt(timebox, now), running: running && !ended, ended };
}
