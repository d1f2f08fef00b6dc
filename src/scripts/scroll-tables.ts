/**
 * Lesson tables scroll inside themselves when wider than the column (CSS in lesson-page.css). A table that does
 * scroll must be reachable by keyboard to be scrolled, so it becomes focusable and gets a name to announce on focus.
 * It keeps its table role: a region role would hide the rows and cells from screen readers.
 */
const tables = document.querySelectorAll<HTMLTableElement>('.prose table:not(.table-wrap > table)');

/** Makes `table` focusable and named while it overflows, and a plain table again once it fits. */
function mark(table: HTMLTableElement) {
  if (table.scrollWidth > table.clientWidth + 1) {
    const heads = [...table.querySelectorAll('th')].map((th) => th.textContent.trim());
    table.tabIndex = 0;
    table.setAttribute('aria-label', `Table: ${heads.slice(0, 3).join(', ')}${heads.length > 3 ? '…' : ''}`);
  } else {
    table.removeAttribute('tabindex');
    table.removeAttribute('aria-label');
  }
}

// Observed, not measured once: widths change with rotation, zoom and fonts. The table's box keeps the column's
// width while its rows grow past it, so its first row is observed too.
const observer = new ResizeObserver((entries) =>
  entries.forEach((e) => {
    const table = e.target.closest('table');
    if (table) mark(table);
  }),
);
tables.forEach((t) => {
  observer.observe(t);
  const row = t.querySelector('tr');
  if (row) observer.observe(row);
});
