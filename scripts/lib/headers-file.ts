/**
 * A `_headers` file (Netlify and Cloudflare Pages syntax), read as those hosts read it, so that the
 * local server sends what the hosts send: a path pattern on a line of its own, where `*` stands
 * for any run of characters, then the headers of the paths it matches, each indented. Every rule
 * that matches a path adds its headers; a later rule's value for the same header wins.
 */

/** One rule: the paths it matches and the headers it sends. */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

/**
 * The rules of a `_headers` file, in order.
 * @throws {Error} naming the line, for a header line before any path or a line that is neither.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      return;
    }
    const header = /^\s+([^:\s]+)\s*:\s*(.*)$/.exec(line);
    const rule = rules.at(-1);
    if (!header || !rule) throw new Error(`_headers, line ${index + 1}: found "${line.trim()}", expected a path, or an indented "Name: value" under one`);
    rule.headers[header[1]!] = header[2]!.trim();
  });
  return rules;
}

/** Whether a rule's pattern matches a URL path: `*` stands for any run of characters, `/` included. */
export function matchesPattern(pattern: string, path: string): boolean {
  const source = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${source}$`).test(path);
}

/** The headers the rules send for a URL path. */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  return Object.assign({}, ...rules.filter((rule) => matchesPattern(rule.pattern, path)).map((rule) => rule.headers));
}
