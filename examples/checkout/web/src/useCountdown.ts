import { useEffect, useState } from 'react';

/** Whole seconds left until `deadline` (ISO instant), ticking once a second; null without one. */
export function useCountdown(deadline: string | null | undefined): number | null {
  const end = deadline ? Date.parse(deadline) : NaN;
  const left = () => (Number.isNaN(end) ? null : Math.max(0, Math.ceil((end - Date.now()) / 1000)));
  const [seconds, setSeconds] = useState(left);
  useEffect(() => {
    if (Number.isNaN(end)) return;
    const tick = () => setSeconds(Math.max(0, Math.ceil((end - Date.now()) / 1000)));
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [end]);
  return seconds;
}

/** 754 → "12:34". */
export function minutesAndSeconds(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
