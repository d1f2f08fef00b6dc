import type { SetView } from './use-set';

/**
 * What a set page shows when it has no set to show: no set in the address, a link that cannot be read (with its
 * reason), or question files that could not be loaded. Each says what to do next.
 */
export function SetProblem({ view, builderHref }: { view: SetView; builderHref: string }) {
  if (view.status === 'none') {
    return (
      <div class="empty-state" data-set-problem="none">
        <h2 class="empty-state__title">No quiz set in this address</h2>
        <p>
          This page shows a quiz set from its link. Build a set on the <a href={builderHref}>Teach page</a>, then open
          it from there.
        </p>
      </div>
    );
  }
  if (view.status === 'bad-link') {
    return (
      <div class="notice" role="alert" data-set-problem="bad-link">
        <p>
          <strong>This quiz set link cannot be used.</strong> {view.reason}
        </p>
        <p>
          Ask for the link again, or build a set on the <a href={builderHref}>Teach page</a>.
        </p>
      </div>
    );
  }
  if (view.status === 'unavailable') {
    return (
      <div class="notice" role="alert" data-set-problem="unavailable">
        <p>{view.message}</p>
      </div>
    );
  }
  return null;
}
