import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Timer } from '../../../../src/ui/timer/Timer';
import { useTimer } from '../../../../src/ui/timer/timer-store';

/** Counts the sounds the page starts: one AudioContext per end beep. */
let audioContexts = 0;
class RecordingAudioContext {
  currentTime = 0;
  destination = {};
  constructor() {
    audioContexts += 1;
  }
  createOscillator() {
    return { frequency: { value: 0 }, connect: (node: unknown) => node, start() {}, stop() {} };
  }
  createGain() {
    const gain = { gain: { setValueAtTime() {}, exponentialRampToValueAtTime() {} }, connect: (node: unknown) => node };
    return gain;
  }
  close() {
    return Promise.resolve();
  }
}

beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-30T10:00:00Z') });
  audioContexts = 0;
  vi.stubGlobal('AudioContext', RecordingAudioContext);
  act(() => {
    useTimer.getState().setSound(false);
    useTimer.getState().setLength(2_000);
  });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

function runToTheEnd() {
  act(() => useTimer.getState().start());
  act(() => {
    vi.advanceTimersByTime(2_500);
  });
}

describe('the header timer', () => {
  it('ends silently unless sound is switched on', () => {
    render(<Timer />);
    runToTheEnd();
    expect(screen.getByTestId('timer')).toHaveProperty('textContent', '0:00');
    expect(screen.getByTestId('timer').getAttribute('data-state')).toBe('ended');
    expect(screen.getByTestId('timer-ended').textContent).toContain('Time’s up');
    expect(audioContexts).toBe(0);
  });

  it('beeps once at the end when sound is on, and the choice is remembered', () => {
    act(() => useTimer.getState().setSound(true));
    expect(localStorage.getItem('ost-timer-sound')).toBe('on');
    render(<Timer />);
    runToTheEnd();
    act(() => {
      vi.advanceTimersByTime(5_000);
    });
    expect(audioContexts).toBe(1);
  });
});
