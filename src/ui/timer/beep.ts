/**
 * Three short beeps through WebAudio, for the end of a timebox when sound is switched on. Silent
 * (no error) where audio is unavailable or blocked.
 */
export function playEndBeep(): void {
  const AudioContextClass = globalThis.AudioContext;
  if (typeof AudioContextClass !== 'function') return;
  try {
    const context = new AudioContextClass();
    const start = context.currentTime + 0.05;
    for (let beep = 0; beep < 3; beep++) {
      const oscillator = context.createOscillator();
      const gain = context.createGain();
      oscillator.frequency.value = 880;
      const at = start + beep * 0.35;
      gain.gain.setValueAtTime(0.0001, at);
      gain.gain.exponentialRampToValueAtTime(0.3, at + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.25);
      oscillator.connect(gain).connect(context.destination);
      oscillator.start(at);
      oscillator.stop(at + 0.3);
    }
    window.setTimeout(() => void context.close(), 1500);
  } catch {
    // Audio is a courtesy; the visible end state is the signal.
  }
}
