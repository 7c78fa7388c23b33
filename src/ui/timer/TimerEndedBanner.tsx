import { useLayoutEffect, useState } from 'react';

/**
 * The end of a timebox in large type across the screen, right under the header (so the header's
 * own controls stay reachable), or at the very top where no header is shown (present mode).
 */
export function TimerEndedBanner({ onDismiss }: { onDismiss: () => void }) {
  const [top, setTop] = useState(0);
  useLayoutEffect(() => {
    const header = document.querySelector('.app-header');
    setTop(header ? Math.max(0, header.getBoundingClientRect().bottom) : 0);
  }, []);
  return (
    <div className="timer-ended-banner" role="alert" data-testid="timer-ended" style={{ top }}>
      <span className="timer-ended-text">Time’s up</span>
      <button type="button" className="btn timer-ended-dismiss" onClick={onDismiss}>
        Reset timer
      </button>
    </div>
  );
}
