/**
 * On the 404 page: when the address asked for names a symbol in another spelling
 * ("/A/res/53/137", "/en/A/RES/53/137", "/Home/Mobile?FinalSymbol=A%2FRES%2F53%2F137"), go to that
 * document's page if the site has it, and otherwise say where undocs.org would have it, without
 * claiming that it exists.
 */
import { typedAddressPath } from '../lib/symbol/typed-addresses.ts';
import { officialUrl, pathToSymbol } from '../lib/symbol/symbol.ts';

async function findDocument(): Promise<void> {
  const base = import.meta.env.BASE_URL;
  const path = typedAddressPath(window.location.pathname, window.location.search, base);
  if (!path) return;
  const href = `${base.replace(/\/+$/, '')}${path}`;
  if (href !== window.location.pathname) {
    const found = await fetch(href, { method: 'HEAD' }).then((response) => response.ok, () => false);
    if (found) {
      window.location.replace(`${href}${window.location.hash}`);
      return;
    }
  }
  const symbol = pathToSymbol(path);
  const note = document.getElementById('official-copy');
  const asked = document.getElementById('asked-symbol');
  const link = note?.querySelector('a');
  if (!symbol || !note || !asked || !link) return;
  // Only the symbol's form is known, not that the United Nations issued such a document.
  asked.textContent = symbol;
  link.href = officialUrl(symbol);
  link.textContent = `${symbol} on undocs.org`;
  note.hidden = false;
}

void findDocument();
