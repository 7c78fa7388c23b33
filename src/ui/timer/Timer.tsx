import { useEffect, useRef, useState, type FormEvent } from 'react';
import { formatClock, parseTimeboxLength, TIMEBOX_PRESETS_MIN } from '../../domain/timebox';
import { useTimer } from './timer-store';
import { TimerEndedBanner } from './TimerEndedBanner';
import { useTimerClock } from './use-timer-clock';
import './timer.css';

/**
 * The workshop timebox for the header: the remaining time (m:ss), start/pause, reset, and a menu to
 * pick 3/5/10/15 minutes or type a time and switch the end beep on. At the end the time turns into
 * a large banner across the top of the screen.
 */
export function Timer() {
  const clock = useTimerClock();
  const { start, pause, reset } = useTimer.getState();
  const idle = useTimer((state) => state.timebox.status === 'idle');
  const shownElsewhere = useTimer((state) => state.displays > 0);
  const [menuOpen, setMenuOpen] = useState(false);
  const state = clock.ended ? 'ended' : clock.running ? 'running' : idle ? 'idle' : 'paused';

  return (
    <div className="timer" role="group" aria-label="Timebox" data-state={state}>
      <div className="timer-menu-anchor">
        <button
          type="button"
          className="btn btn-ghost timer-time-button"
          data-testid="timer-menu"
          aria-expanded={menuOpen}
          aria-haspopup="dialog"
          title="Timebox: choose the time"
          onClick={() => setMenuOpen((open) => !open)}
        >
          <span className="timer-time" data-testid="timer" role="timer" data-state={state}>
            {formatClock(clock.remainingMs)}
          </span>
          <span className="visually-hidden"> left; choose the time</span>
        </button>
        {menuOpen && <TimerMenu onClose={() => setMenuOpen(false)} />}
      </div>
      {clock.running ? (
        <button type="button" className="btn timer-button" data-testid="timer-pause" onClick={pause} title="Pause the timer" aria-label="Pause the timer">
          ❚❚
        </button>
      ) : (
        <button
          type="button"
          className="btn timer-button"
          data-testid="timer-start"
          onClick={start}
          title={clock.ended ? 'Start the timer again' : idle ? 'Start the timer' : 'Resume the timer'}
          aria-label={clock.ended ? 'Start the timer again' : idle ? 'Start the timer' : 'Resume the timer'}
        >
          ▶
        </button>
      )}
      {!idle && (
        <button type="button" className="btn btn-ghost timer-button" data-testid="timer-reset" onClick={reset} title="Reset the timer" aria-label="Reset the timer">
          ↺
        </button>
      )}
      {clock.ended && !shownElsewhere && <TimerEndedBanner onDismiss={reset} />}
    </div>
  );
}

function TimerMenu({ onClose }: { onClose: () => void }) {
  const { setLength, setSound, start } = useTimer.getState();
  const sound = useTimer((state) => state.sound);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const popup = useRef<HTMLDivElement>(null);

  useEffect(() => {
    popup.current?.querySelector<HTMLButtonElement>('button')?.focus();
    function onPointerDown(event: PointerEvent) {
      const anchor = popup.current?.parentElement;
      if (anchor && !anchor.contains(event.target as Node)) onClose();
    }
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [onClose]);

  function choose(ms: number) {
    setLength(ms);
    start();
    onClose();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const ms = parseTimeboxLength(text);
    if (ms === null) {
      setError('Type minutes (7), m:ss (2:30) or seconds (90s), up to 3 hours.');
      return;
    }
    choose(ms);
  }

  return (
    <div
      ref={popup}
      className="timer-menu"
      role="dialog"
      aria-label="Timebox length"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="timer-presets">
        {TIMEBOX_PRESETS_MIN.map((minutes) => (
          <button key={minutes} type="button" className="btn" data-minutes={minutes} data-testid={`timer-preset-${minutes}`} onClick={() => choose(minutes * 60_000)}>
            {minutes} min
          </button>
        ))}
      </div>
      <form className="timer-custom" onSubmit={submit} noValidate>
        <label htmlFor="timer-length">Or type a time</label>
        <div className="timer-custom-row">
          <input
            id="timer-length"
            data-testid="timer-input"
            placeholder="7 or 2:30"
            value={text}
            aria-invalid={error !== null}
            aria-describedby={error ? 'timer-length-error' : undefined}
            onChange={(event) => {
              setText(event.target.value);
              setError(null);
            }}
          />
          <button type="submit" className="btn btn-primary" data-testid="timer-set">
            Start
          </button>
        </div>
        {error && (
          <p id="timer-length-error" className="field-error" role="alert">
            {error}
          </p>
        )}
      </form>
      <label className="timer-sound">
        <input type="checkbox" data-testid="timer-sound" checked={sound} onChange={(event) => setSound(event.target.checked)} /> Beep at the end
      </label>
    </div>
  );
}
