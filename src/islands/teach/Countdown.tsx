import { useEffect, useState } from 'preact/hooks';
import { formatCountdown, remainingAt, type Countdown as CountdownState } from '../../lib/teach/presenter';

/**
 * The question's countdown, large enough for the room: minutes and seconds, "paused" or "time is up" in words. It
 * redraws itself a few times a second while running; the slide around it does not.
 */
export function Countdown({ countdown, class: className }: { countdown: CountdownState; class?: string }) {
  const [now, setNow] = useState(() => Date.now());
  const running = countdown.runningSince !== null;
  useEffect(() => {
    setNow(Date.now());
    if (!running) return;
    const tick = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(tick);
  }, [countdown, running]);
  const left = remainingAt(countdown, now);
  const state = left === 0 ? 'up' : running ? 'running' : 'paused';
  return (
    <p class={`countdown countdown--${state}${className ? ` ${className}` : ''}`} data-countdown={state}>
      <span class="countdown__label">
        {state === 'up' ? 'Time is up' : state === 'paused' ? 'Paused' : 'Time left'}
      </span>{' '}
      <span class="countdown__value" role="timer" data-ms={left}>
        {formatCountdown(left)}
      </span>
    </p>
  );
}
