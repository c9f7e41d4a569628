/**
 * Content the build refuses to publish. Each problem names the file, the field and the fix; the
 * loader logs them and stops the build with an error that Astro prints without a stack trace (the
 * code did nothing wrong) and without its hint about browser APIs, which it gives for any error
 * whose text says "document".
 */

/** "one problem", "3 problems". */
function count(problems: readonly string[]): string {
  return problems.length === 1 ? 'one problem' : `${problems.length} problems`;
}

/** Why the build stopped: the content files it refused, listed by the loader's log above. */
export class ContentRefusal extends Error {
  override name = 'ContentRefusal';
  /** Each problem: "<file>[:<line>]: found ..., expected ...". */
  readonly problems: readonly string[];

  constructor(problems: string[]) {
    super(`Build stopped: the content has ${count(problems)} (listed above), and nothing of it was published.`);
    this.problems = problems;
    // Astro prints the stack of any error that has one.
    this.stack = '';
  }
}

/** What a refusal is logged with: each problem on its own line, under a heading. */
export function refusalReport(problems: readonly string[]): string {
  return [`The content has ${count(problems)} that must be fixed before it is published:`, ...problems].join('\n');
}

/**
 * The lines of a schema error of Astro's (InvalidContentEntryDataError), said of the file:
 * "**documents → A/RES/53/137** data does not match collection schema." then "  **date**: found ...".
 * @returns the refusal's problem, or undefined for any other error.
 */
export function schemaProblem(error: unknown, file: string): string | undefined {
  if (!(error instanceof Error) || error.name !== 'InvalidContentEntryDataError') return undefined;
  const fields = error.message
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => line.replace(/\*\*/g, ''));
  return [`${file}: found frontmatter that does not match the schema:`, ...fields].join('\n');
}
