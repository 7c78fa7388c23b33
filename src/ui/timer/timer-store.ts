import { create } from 'zustand';
import {
  newTimebox,
  pauseTimebox,
  resetTimebox,
  setTimeboxLength,
  startTimebox,
  type Timebox,
} from '../../domain/timebox';

const SOUND_KEY = 'ost-timer-sound';

/**
 * The workshop timer, one for the whole app: it keeps running while the facilitator switches
 * trees or enters present mode, and every view (header, present mode) reads the same one.
 */
interface TimerState {
  timebox: Timebox;
  /** Beep at the end; off unless switched on, remembered on this device. */
  sound: boolean;
  /** Full-screen views showing the timer (present mode); while any is open, it shows the end banner. */
  displays: number;
  addDisplay(): () => void;
  start(): void;
  pause(): void;
  reset(): void;
  /** Sets a new length in ms and stops; refuses (returns false) lengths outside 1 s–3 h. */
  setLength(ms: number): boolean;
  setSound(on: boolean): void;
}

function readSound(): boolean {
  try {
    return globalThis.localStorage?.getItem(SOUND_KEY) === 'on';
  } catch {
    return false;
  }
}

export const useTimer = create<TimerState>()((set, get) => ({
  timebox: newTimebox(),
  sound: readSound(),
  displays: 0,
  addDisplay() {
    set({ displays: get().displays + 1 });
    return () => set({ displays: Math.max(0, get().displays - 1) });
  },
  start: () => set({ timebox: startTimebox(get().timebox, Date.now()) }),
  pause: () => set({ timebox: pauseTimebox(get().timebox, Date.now()) }),
  reset: () => set({ timebox: resetTimebox(get().timebox) }),
  setLength(ms) {
    try {
      set({ timebox: setTimeboxLength(ms) });
      return true;
    } catch {
      return false;
    }
  },
  setSound(on) {
    try {
      globalThis.localStorage?.setItem(SOUND_KEY, on ? 'on' : 'off');
    } catch {
      // Storage may be unavailable (private modes); the choice then lasts for this visit.
    }
    set({ sound: on });
  },
}));
