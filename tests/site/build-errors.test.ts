import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, copyProject, removeCopy, type BuildResult } from '../../scripts/lib/project-copy.ts';
import { withProgress } from './progress.ts';

/**
 * A valid resolution's MDX file; `change` rewrites one of its frontmatter lines, `body` is its
 * first paragraph after the opening phrase.
 */
function resolutionFile(change: (frontmatter: string) => string = (f) => f, body = '1. *Welcomes* the signatures;'): string {
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
  return `---\n${change(frontmatter)}\n---\n\nThe General Assembly,\n\n${body}\n`;
}

/** A build of a copy whose content holds one mistake, and the lines its output must contain. */
interface BrokenBuild {
  name: string;
  documents: Record<string, string | Uint8Array>;
  /** The file the output must name, relative to the copy. */
  file: string;
  /** Lines of the report that name the field, what was found and what was expected. */
  lines: string[];
  /** A line whose end may change with the schema. */
  matching?: RegExp;
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
    lines: ['content/documents/A/RES/53/137.mdx: found frontmatter that does not match the schema:'],
    matching: /^ {2}body: found "General Assemby", expected one of the bodies "General Assembly", "Security Council", /m,
  },
  {
    name: 'a symbol used by two files',
    documents: { 'A/RES/53/137.mdx': resolutionFile(), 'A/RES/53/138.mdx': resolutionFile() },
    file: 'content/documents/A/RES/53/138.mdx',
    lines: [
      'content/documents/A/RES/53/138.mdx: field "symbol": found duplicate symbol "A/RES/53/137", already used by content/documents/A/RES/53/137.mdx; expected each document once',
      'content/documents/A/RES/53/138.mdx: field "symbol": found the file at the wrong path for symbol "A/RES/53/137", expected it at content/documents/A/RES/53/137.mdx',
    ],
  },
  {
    name: 'a symbol that is a series prefix, taking a listing page',
    documents: { 'A/RES/53/137.mdx': resolutionFile(), 'A/RES/53.mdx': resolutionFile((f) => f.replace('symbol: A/RES/53/137', 'symbol: A/RES/53')) },
    file: 'content/documents/A/RES/53.mdx',
    lines: [
      'content/documents/A/RES/53.mdx: field "symbol": found "A/RES/53", a series prefix: /A/RES/53/ is the listing page of A/RES/53/137 (content/documents/A/RES/53/137.mdx), expected the document\'s full symbol (a series or a session is not a document)',
    ],
  },
  {
    name: 'a file in Latin-1',
    documents: { 'A/RES/53/137.mdx': Buffer.from(resolutionFile((f) => f.replace('title: International', 'title: Résolution: International')), 'latin1') },
    file: 'content/documents/A/RES/53/137.mdx',
    lines: [
      'content/documents/A/RES/53/137.mdx: found text that is not UTF-8: it looks like Latin-1 / Windows-1252: byte 0xE9 ("é" in Windows-1252) at line 3; expected UTF-8: save the file as UTF-8 (iconv -f WINDOWS-1252 -t UTF-8 converts a Windows-1252 file)',
    ],
  },
  {
    name: 'a Markdown file among the documents',
    documents: { 'A/RES/53/137.mdx': resolutionFile(), 'A/RES/53/138.md': resolutionFile((f) => f.replace('symbol: A/RES/53/137', 'symbol: A/RES/53/138')) },
    file: 'content/documents/A/RES/53/138.md',
    lines: ['content/documents/A/RES/53/138.md: found a Markdown file where documents are MDX files, expected content/documents/A/RES/53/138.mdx: rename it to .mdx'],
  },
  {
    name: 'a link to a javascript: URL',
    documents: { 'A/RES/53/137.mdx': resolutionFile(undefined, '1. *Welcomes* the [signatures](javascript:alert(1));') },
    file: 'content/documents/A/RES/53/137.mdx',
    lines: [
      'content/documents/A/RES/53/137.mdx:21:19: found a link to "javascript:alert(1)", a javascript: URL; expected a link to a page of the site or to a United Nations site (UN_HOSTS in src/lib/site/security.ts): remove the link and keep its text',
    ],
  },
  {
    name: 'an image from another site',
    documents: { 'A/RES/53/137.mdx': resolutionFile(undefined, '1. *Welcomes* the signatures ![seal](https://example.com/seal.png);') },
    file: 'content/documents/A/RES/53/137.mdx',
    lines: [
      'content/documents/A/RES/53/137.mdx:21:30: found an image from "https://example.com/seal.png", an image on another site; expected an image file of the site: remove the image',
    ],
  },
];

describe('a build with a mistake in its content fails, naming the file, the field and what was expected', () => {
  const copies: string[] = [];
  const results = new Map<string, BuildResult>();

  // The copies share nothing a build writes (see project-copy.ts), so they build in parallel.
  beforeAll(async () => {
    copies.push(...BROKEN.map(({ documents }) => copyProject('.', documents)));
    const built = await withProgress(`build-errors: building ${copies.length} broken copies`, Promise.all(copies.map((copy) => build(copy))));
    BROKEN.forEach(({ name }, i) => results.set(name, built[i]!));
  });
  afterAll(() => copies.forEach(removeCopy));

  it.each(BROKEN)('$name', ({ name, file, lines, matching }) => {
    const { exitCode, output } = results.get(name)!;
    expect(exitCode, output).not.toBe(0);
    expect(output).toContain(file);
    const printed = output.split('\n');
    for (const line of lines) expect(printed, output).toContain(line);
    if (matching) expect(output).toMatch(matching);
    // A refusal is about a file: no stack trace of the code, no hint about browser APIs.
    expect(output).not.toContain('Stack trace');
    expect(output).not.toContain('Browser APIs');
    expect(output).toMatch(/^Build stopped: the content has (one problem|\d+ problems) \(listed above\), and nothing of it was published\.$/m);
  });
});
