/**
 * Loads the progress view once the browser is idle, as an island with `client:idle` would: the page renders
 * and becomes usable first, and progress appears a moment later.
 */
const load = () => void import('./progress-view');
if ('requestIdleCallback' in window) requestIdleCallback(load, { timeout: 1500 });
else setTimeout(load, 200);
