import { useRef, useState } from 'preact/hooks';
import { resetAllProgress } from '../../stores/progress-transfer';
import { whyNotSaved } from './why-not-saved';

/** Erasing all progress, after the learner confirms; focus returns to the button that started it. */
export function StartOver({ locked }: { locked: boolean }) {
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState('');
  const eraseButton = useRef<HTMLButtonElement>(null);
  const backToButton = () => requestAnimationFrame(() => eraseButton.current?.focus());

  function erase() {
    if (locked) return;
    const outcome = resetAllProgress();
    setConfirming(false);
    if (outcome.saved) setDone('All progress in this browser was erased.');
    else
      void whyNotSaved(outcome.status).then((why) =>
        setDone(
          `The progress on this page was cleared, but it could not be erased from this browser's storage, so it will come back when you reload. ${why}`.trim(),
        ),
      );
    backToButton();
  }

  return (
    <section class="card dash-section" aria-labelledby="reset">
      <h2 id="reset" class="card__title">
        Start over
      </h2>
      {confirming ? (
        <div class="notice" role="group" aria-labelledby="reset-question">
          <p id="reset-question">
            Erase every lesson read, every attempt and every review in this browser? This cannot be undone; export a
            copy first if you may want it back.
          </p>
          <p class="dash-actions">
            <button type="button" class="button button--danger" onClick={erase}>
              Yes, erase my progress
            </button>
            <button
              type="button"
              class="button button--secondary"
              ref={(el) => el?.focus()}
              onClick={() => {
                setConfirming(false);
                backToButton();
              }}
            >
              Cancel
            </button>
          </p>
        </div>
      ) : (
        <>
          <p>Erase everything this browser holds about your progress, for a fresh start.</p>
          <p>
            <button
              ref={eraseButton}
              type="button"
              class="button button--danger"
              disabled={locked}
              onClick={() => {
                setDone('');
                setConfirming(true);
              }}
            >
              Erase all progress…
            </button>
          </p>
        </>
      )}
      <p role="status" data-testid="reset-status">
        {done}
      </p>
    </section>
  );
}
