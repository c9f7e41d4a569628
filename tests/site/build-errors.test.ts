import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, copyProject, removeCopy, type BuildResult } from '../../scripts/lib/project-copy.ts';

/** A valid resolution's MDX file; `change` rewrites one of its frontmatter lines. */
function resolutionFile(change: (frontmatter: string) => string = (f) => f): string {
  const frontmatter = `symbol: A/RES/53/137
title: International Convention on the Protection of the Rights of All Migrant Workers and Members of Their Families
type: resolution
body: General Assembly
session:
  number: 53
  name: Fifty-third session
date: "1999-03-01"
distribution: General
resolution:
  adopted: "1998-12-09"
  meeting: 85
source:
  file: 003_41bc7f651b9d5936.txt
  sha256: c845a374a7712a50f4599e26c2b6df5c7ade627c516cf37e2d95d2b170f9f38f`;
  return `---\n${change(frontmatter)}\n---\n\nThe General Assembly,\n\n1. *Welcomes* the signatures;\n`;
}

/** A build of a copy whose content holds one mistake, and the lines its output must contain. */
interface BrokenBuild {
  name: string;
  documents: Record<string, string>;
  /** The file the output must name, relative to the copy. */
  file: string;
  /** Lines of Astro's report that name the field, what was found and what was expected. */
  lines: string[];
}

const BROKEN: BrokenBuild[] = [
  {
    name: 'a date that does not exist',
    documents: { 'A/RES/53/137.mdx': resolutionFile((f) => f.replace('date: "1999-03-01"', 'date: "1999-02-30"')) },
    file: 'content/documents/A/RES/53/137.mdx',
    lines: ['  date: found "1999-02-30", expected a real calendar date written as "YYYY-MM-DD"'],
  },
  {
    // Astro reads frontmatter as YAML 1.1: unquoted, the impossible date becomes 1999-03-02.
    name: 'an unquoted date',
    documents: { 'A/RES/53/137.mdx': resolutionFile((f) => f.replace('date: "1999-03-01"', 'date: 1999-02-30')) },
    file: 'content/documents/A/RES/53/137.mdx',
    lines: ['  date: found an unquoted date, which YAML reads as 1999-03-02, expected a date in quotes, "YYYY-MM-DD"'],
  },
  {
    name: 'an unknown body',
    documents: { 'A/RES/53/137.mdx': resolutionFile((f) => f.replace('body: General Assembly', 'body: General Assemby')) },
    file: 'content/documents/A/RES/53/137.mdx',
    lines: [
      '  body: found "General Assemby", expected one of the bodies "General Assembly", "Security Council", "Economic and Social Council", "Commission on Human Rights", "Human Rights Council", "Secretariat"',
    ],
  },
  {
    name: 'a symbol used by two files',
    documents: { 'A/RES/53/137.mdx': resolutionFile(), 'A/RES/53/138.mdx': resolutionFile() },
    file: 'content/documents/A/RES/53/138.mdx',
    lines: [
      'Invalid document collection:',
      'content/documents/A/RES/53/138.mdx: field "symbol": found duplicate symbol "A/RES/53/137", already used by content/documents/A/RES/53/137.mdx; expected each document once',
      'content/documents/A/RES/53/138.mdx: field "symbol": found the file at the wrong path for symbol "A/RES/53/137", expected it at content/documents/A/RES/53/137.mdx',
    ],
  },
];

describe('a build with a mistake in its content fails, naming the file, the field and what was expected', () => {
  const copies: string[] = [];
  const results = new Map<string, BuildResult>();

  // The copies share nothing a build writes (see project-copy.ts), so they build in parallel.
  beforeAll(async () => {
    copies.push(...BROKEN.map(({ documents }) => copyProject('.', documents)));
    const built = await Promise.all(copies.map((copy) => build(copy)));
    BROKEN.forEach(({ name }, i) => results.set(name, built[i]!));
  });
  afterAll(() => copies.forEach(removeCopy));

  it.each(BROKEN)('$name', ({ name, file, lines }) => {
    const { exitCode, output } = results.get(name)!;
    expect(exitCode, output).not.toBe(0);
    expect(output).toContain(file);
    const printed = output.split('\n');
    for (const line of lines) expect(printed, output).toContain(line);
  });
});
