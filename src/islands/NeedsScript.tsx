/**
 * What an island renders before it runs. With JavaScript the island replaces it at once; without, the person
 * reads what needs JavaScript instead of a "loading…" that never ends.
 */
export function NeedsScript({ what }: { what: string }) {
  return (
    <noscript>
      {/* Only the server's HTML needs the words: where scripts run, a <noscript> shows nothing. */}
      {import.meta.env.SSR && (
        <p class="notice" data-testid="needs-script">
          {what} needs JavaScript, which is turned off or blocked in this browser. Everything else on this page works
          without it.
        </p>
      )}
    </noscript>
  );
}
