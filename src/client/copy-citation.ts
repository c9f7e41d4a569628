/**
 * Copy buttons for citations, added by script because without it they could do nothing: without
 * JavaScript the citation text stays selectable (one click selects it whole, see global.css).
 * Every element marked `data-copy` gets a button after it that copies its text; the button says
 * "Copied" for a moment and a status region tells screen readers.
 */

/** How long the button says "Copied", in milliseconds. */
const CONFIRMATION_TIME = 2000;

/**
 * Copies text with the Clipboard API where the page may use it (a secure context), and otherwise
 * by selecting the text and asking the browser to copy the selection.
 */
async function copy(text: string, source: Element): Promise<boolean> {
  if (navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Refused (no permission, page not focused): fall back to copying the selection.
    }
  }
  const selection = window.getSelection();
  if (!selection) return false;
  const range = document.createRange();
  range.selectNodeContents(source);
  selection.removeAllRanges();
  selection.addRange(range);
  // execCommand is deprecated but is the only way left where the Clipboard API is missing.
  const copied = document.execCommand('copy');
  selection.removeAllRanges();
  return copied;
}

function addButtons(): void {
  const sources = document.querySelectorAll<HTMLElement>('[data-copy]');
  if (sources.length === 0) return;
  const status = document.createElement('p');
  status.className = 'copy-status visually-hidden';
  status.setAttribute('role', 'status');
  document.body.append(status);
  for (const source of sources) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    button.textContent = 'Copy';
    button.setAttribute('aria-label', source.dataset.copy || 'Copy the citation');
    let reset: number | undefined;
    button.addEventListener('click', async () => {
      const text = (source.textContent ?? '').replace(/\s+/g, ' ').trim();
      const copied = await copy(text, source);
      button.textContent = copied ? 'Copied' : 'Select and copy';
      status.textContent = copied ? 'Citation copied to the clipboard.' : 'Copying failed: select the citation and copy it.';
      window.clearTimeout(reset);
      reset = window.setTimeout(() => {
        button.textContent = 'Copy';
        status.textContent = '';
      }, CONFIRMATION_TIME);
    });
    source.after(button);
  }
}

addButtons();
