/**
 * The date of access in a citation of a page read online (OSCOLA's "<URL> accessed 5 March
 * 2026"): the page is static and cannot know it, so it says "[date of access]" until this script
 * writes the reader's own date there, as OSCOLA writes dates, before anything copies the citation.
 */
const today = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
for (const element of document.querySelectorAll<HTMLElement>('[data-accessed]')) {
  element.textContent = today;
}
