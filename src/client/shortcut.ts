/**
 * "/" moves the focus to the page's search box, as on many reading sites, unless the reader is
 * typing in a field. Nothing depends on it: the search box works without it.
 */

/** True when a key press is typing into something rather than a command to the page. */
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select') !== null);
}

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
  // One box a page: the header's, or on the search page (which has no header box) its own.
  const box = document.querySelector<HTMLInputElement>('input[data-search-box]');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});
