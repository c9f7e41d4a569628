/**
 * The addresses people type or paste for a document, read back to the document's own path: any
 * case ("/a/res/53/137"), with a language first as undocs.org writes it ("/en/A/RES/53/137"),
 * undocs.org's query form ("/Home/Mobile?FinalSymbol=A%2FRES%2F53%2F137"), with or without the
 * final slash. The site's 404 page uses it to send a reader on to the document where the host
 * itself could not.
 */
import { UN_LANGUAGES } from '../site/stable-urls.ts';
import { pathToSymbol, symbolToPath } from './symbol.ts';

/** The query parameters undocs.org and the UN's document system put a symbol in. */
const SYMBOL_PARAMETERS = ['FinalSymbol', 'symbol'];

const LANGUAGE_SEGMENT = new RegExp(`^/(?:${UN_LANGUAGES.join('|')})(?=/)`, 'i');

/**
 * The site path of the document a typed address means, or undefined when it names no symbol.
 * @param pathname the address's path, with the base the site is deployed under.
 * @param search the address's query, "?FinalSymbol=…" or "".
 * @param base the site's base, "/" or "/un-docs/".
 */
export function typedAddressPath(pathname: string, search: string, base: string): string | undefined {
  const parameters = new URLSearchParams(search);
  const fromQuery = SYMBOL_PARAMETERS.map((name) => parameters.get(name)).find((value) => value);
  const prefix = base.replace(/\/+$/, '');
  const path = prefix && pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
  const symbol = fromQuery ? pathToSymbol(fromQuery.trim()) : pathToSymbol(path.replace(LANGUAGE_SEGMENT, ''));
  // Every UN document symbol holds a number; a path such as "/Home/Mobile" only looks like one.
  return symbol && /\d/.test(symbol) ? symbolToPath(symbol) : undefined;
}
