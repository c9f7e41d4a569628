/**
 * The frontmatter of a document under content/documents/: the one schema used by the Astro
 * content collection, the importer and the tests. Every message says what was found and what is
 * expected, so an author can fix the file without reading this module.
 */
import { z } from 'zod';
import { BODY_NAMES } from '../lib/document/bodies.ts';
import { isIsoDate } from '../lib/document/dates.ts';
import { MAX_ORDINAL, ordinalWord, sessionName } from '../lib/document/ordinals.ts';
import { isStateCode } from '../lib/document/states.ts';
import { normaliseSymbol, parseSymbol, SymbolError } from '../lib/symbol/symbol.ts';

/** Quotes a found value for a message, briefly. */
export function found(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value instanceof Date) {
    // Astro's YAML reader turns an unquoted date into a timestamp, moving an impossible day
    // (1999-02-30) into the next month: say which day it became, so the author sees the damage.
    const read = Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
    return `an unquoted date, which YAML reads as ${read}`;
  }
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** A zod error map whose every message is "found X, expected <expected>". */
export function expecting(expected: string): { errorMap: z.ZodErrorMap } {
  return { errorMap: (_issue, ctx) => ({ message: `found ${found(ctx.data)}, expected ${expected}` }) };
}

/**
 * A strict object whose unknown fields are named in the message, with the fields it knows,
 * rather than reported as the whole object being wrong.
 */
export function strictObject<T extends z.ZodRawShape>(shape: T, expected: string) {
  const fields = Object.keys(shape).join(', ');
  const errorMap: z.ZodErrorMap = (issue, ctx) => {
    if (issue.code !== z.ZodIssueCode.unrecognized_keys) return { message: `found ${found(ctx.data)}, expected ${expected}` };
    const names = issue.keys.map((key) => `"${key}"`).join(', ');
    return { message: `found the unknown field${issue.keys.length > 1 ? 's' : ''} ${names}, expected only the fields ${fields}` };
  };
  return z.object(shape, { errorMap }).strict();
}

/** A text matching a pattern, the message quoting what was found. */
function matching(pattern: RegExp, expected: string) {
  return z
    .string(expecting(expected))
    .refine((value) => pattern.test(value), (value) => ({ message: `found ${found(value)}, expected ${expected}` }));
}

/** A non-empty single-line text. */
export const text = (expected: string) =>
  z.string(expecting(expected)).trim().min(1, { message: `found an empty text, expected ${expected}` });

/** A UN document symbol, stored in normal form. */
export const symbolSchema = z.string(expecting('a UN document symbol such as "A/RES/53/137"')).transform((value, ctx) => {
  try {
    parseSymbol(value);
    return normaliseSymbol(value);
  } catch (error) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      message: `found ${found(value)}, expected a UN document symbol such as "A/RES/53/137" (${(error as SymbolError).reason})`,
    });
    return z.NEVER;
  }
});

/**
 * A calendar date written as "YYYY-MM-DD" in quotes. An unquoted date is refused: YAML would read
 * it as a timestamp, and an impossible one such as 1999-02-30 would pass as 1999-03-02.
 */
export const isoDateSchema = z
  .string(expecting('a date in quotes, "YYYY-MM-DD"'))
  .refine(isIsoDate, (value) => ({ message: `found ${found(value)}, expected a real calendar date written as "YYYY-MM-DD"` }));

/** The kinds of document the site publishes. */
export const DOCUMENT_TYPES = ['resolution', 'decision', 'report', 'general-comment', 'note', 'letter', 'other'] as const;

/** The name of an emergency special session: 11 → "Eleventh emergency special session". */
export function emergencySessionName(n: number): string {
  const word = ordinalWord(n);
  return `${word[0]!.toUpperCase()}${word.slice(1)} emergency special session`;
}

const sessionSchema = strictObject(
  {
    /** The session's number: 54 for the fifty-fourth session. */
    number: z.number(expecting(`a session number from 1 to ${MAX_ORDINAL}`)).int().min(1).max(MAX_ORDINAL),
    /** The session's name as printed: "Fifty-fourth session". */
    name: text('a session name such as "Fifty-fourth session"'),
    /** True for an emergency special session of the General Assembly ("Eleventh emergency special session"). */
    emergencySpecial: z.boolean(expecting('true or false')).optional(),
    /** The session's dates as printed: "15–26 January 2018". */
    dates: text('the session dates as printed, such as "15–26 January 2018"').optional(),
  },
  'a session such as { number: 54, name: "Fifty-fourth session" }',
).superRefine((session, ctx) => {
  // zod runs this refinement even when the number failed its own checks: there is no name to
  // compare then, and the number's own issue already says what is wrong.
  if (!Number.isInteger(session.number) || session.number < 1 || session.number > MAX_ORDINAL) return;
  const expected = session.emergencySpecial ? emergencySessionName(session.number) : sessionName(session.number);
  if (session.name.toLowerCase() !== expected.toLowerCase()) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['name'],
      message: `found ${found(session.name)}, expected "${expected}" to match session number ${session.number}`,
    });
  }
});

const agendaItemSchema = strictObject(
  {
    /** The item's number and letter as printed: "117 (a)". */
    number: matching(
      /^\d+(?: \([a-z]\))?(?:(?:, | and )\d+(?: \([a-z]\))?)*$/,
      'an agenda item number such as "117", "117 (a)" or, for several, "134 and 145"',
    ),
    /** The item's title when the document states it, as printed. */
    title: text('the agenda item title as printed').optional(),
    /** The sub-item's title when printed on its own line, as printed. */
    subItemTitle: text('the sub-item title as printed').optional(),
    /** True when the document cites the provisional agenda ("Item 117 (a) of the provisional agenda"). */
    provisional: z.boolean(expecting('true or false')).default(false),
    /** The symbol of the agenda the item belongs to, from the footnote on "provisional agenda". */
    agendaSymbol: symbolSchema.optional(),
  },
  'an agenda item such as { number: "117 (a)" }',
);

const resolutionSchema = strictObject(
  {
    /** The day the resolution was adopted: the date used in citations. */
    adopted: isoDateSchema,
    /** The number of the meeting that adopted it, when stated: 85 for the "85th plenary meeting". */
    meeting: z.number(expecting('a meeting number such as 85')).int().positive().optional(),
    /** True when the meeting was a resumed one: "69th (resumed) plenary meeting". */
    resumed: z.boolean(expecting('true or false')).optional(),
    /** The vote as printed, when stated: "Adopted without vote", "Adopted unanimously". */
    vote: text('the vote as printed, such as "Adopted without vote"').optional(),
    /** The Main Committee report the resolution was adopted on, when stated. */
    committeeReport: strictObject(
      {
        /** The committee's name as printed: "Third Committee". */
        committee: text('a committee name such as "Third Committee"'),
        /** The report's symbol: "A/53/625/Add.1". */
        symbol: symbolSchema,
        /** The paragraph of the report that holds the draft, when stated: "7" in "(A/79/390, para. 7)". */
        paragraph: matching(/^\d+$/, 'a paragraph number such as "7"').optional(),
      },
      '{ committee: "Third Committee", symbol: "A/53/625/Add.1" }',
    ).optional(),
    /** The draft adopted without reference to a Main Committee: "A/ES-11/L.17". */
    draft: symbolSchema.optional(),
  },
  'the adoption record { adopted: "YYYY-MM-DD", meeting: 85 }',
).superRefine((resolution, ctx) => {
  if (resolution.committeeReport && resolution.draft) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['draft'],
      message: 'found both committeeReport and draft, expected one: a resolution is adopted on a committee report or without reference to a committee',
    });
  }
});

/** The forms of a treaty body's general text, as its title names them. */
export const GENERAL_COMMENT_FORMS = ['general comment', 'general recommendation'] as const;

const generalCommentSchema = strictObject(
  {
    /** Its number: 38 for "General recommendation No. 38". */
    number: z.number(expecting('a general comment number such as 38')).int().positive(),
    /** What the committee calls it. */
    form: z.enum(GENERAL_COMMENT_FORMS, expecting('"general comment" or "general recommendation"')),
    /** The year its title states: 2017 in "General comment No. 4 (2017)". */
    year: z.number(expecting('a year such as 2017')).int().min(1945).max(2200).optional(),
  },
  '{ number: 38, form: "general recommendation" }',
);

/** The documents of a Universal Periodic Review, by the number that ends their symbols. */
export const UPR_DOCUMENTS = ['national-report', 'compilation', 'stakeholder-summary'] as const;

const uprSchema = strictObject(
  {
    /** The State under review, by its ISO 3166-1 alpha-3 code: "BRB". */
    state: z
      .string(expecting('an ISO 3166-1 alpha-3 code such as "BRB"'))
      .refine(isStateCode, (value) => ({ message: `found ${found(value)}, expected an ISO 3166-1 alpha-3 code such as "BRB"` })),
    /** The State's name as the document prints it on a line of its own, when it does: "Barbados". */
    stateName: text('the State name as printed').optional(),
    /** The review's cycle, when stated: 3. */
    cycle: z.number(expecting('a cycle number such as 3')).int().positive().optional(),
    /** Which of the review's three documents this is. */
    document: z.enum(UPR_DOCUMENTS, expecting(`one of ${UPR_DOCUMENTS.join(', ')}`)),
  },
  '{ state: "BRB", document: "national-report" }',
);

const reportSchema = strictObject(
  {
    /** The resolutions that requested this report, as the report states them. */
    requestedBy: z.array(symbolSchema, expecting('a list of resolution symbols')).default([]),
  },
  '{ requestedBy: ["A/RES/53/137"] }',
);

const sourceSchema = strictObject(
  {
    /** The name of the raw file the document was imported from. */
    file: text('the raw file name'),
    /** The SHA-256 of that file, in hexadecimal. */
    sha256: matching(/^[0-9a-f]{64}$/, 'the SHA-256 as 64 lower-case hexadecimal digits'),
    /** The lines dropped as page residue (running heads, page numbers, job numbers, export fields). */
    dropped: z.array(z.string(expecting('a dropped line')), expecting('a list of the dropped lines')).default([]),
    /** The catalogue record that came with the file, when one was read. */
    record: strictObject(
      {
        file: text('the catalogue record file name'),
        sha256: matching(/^[0-9a-f]{64}$/, 'the SHA-256 as 64 lower-case hexadecimal digits'),
      },
      '{ file, sha256 } of the catalogue record',
    ).optional(),
    /** The official copy's address, as the catalogue record gives it. */
    url: matching(/^https:\/\/\S+$/, 'an https:// address').optional(),
    /** The frontmatter fields whose values the text does not state and the catalogue record gave: ["symbol"]. */
    fromRecord: z.array(text('a field name such as "symbol"'), expecting('a list of field names')).optional(),
  },
  'the import record { file, sha256, dropped }',
);

/** The frontmatter of one document, with the messages of its own error maps. */
const frontmatterSchema = strictObject(
  {
    /** The document's own symbol; absent while the source does not state it. */
    symbol: symbolSchema.optional(),
    /** A permanent identifier for a document published before its symbol was known; kept, once the symbol is known, so that its first URL redirects. */
    unnumberedId: matching(
      /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
      'a lower-case slug of letters, digits and single hyphens such as "ga-54-1999-09-13-status-report"',
    ).optional(),
    /** The document's title as printed. */
    title: text('the document title'),
    /** The line printed under the title: "Report of the Secretary-General". */
    subtitle: text('the line printed under the title').optional(),
    /** What kind of document this is. */
    type: z.enum(DOCUMENT_TYPES, expecting(`one of ${DOCUMENT_TYPES.join(', ')}`)),
    /** The treaty a committee's document is issued under, as its masthead prints it. */
    treaty: text('the treaty name as printed').optional(),
    /** The issuing body, by its full name. */
    body: z.enum(BODY_NAMES, expecting(`one of the bodies ${BODY_NAMES.map((n) => `"${n}"`).join(', ')}`)),
    /** The session the document belongs to. */
    session: sessionSchema.optional(),
    /** The agenda item the document is issued under. */
    agendaItem: agendaItemSchema.optional(),
    /** The issue date printed in the masthead; a resolution whose text states only its adoption has none. */
    date: isoDateSchema.optional(),
    /** The distribution printed in the masthead, when printed: "General", "Limited" or "Restricted". */
    distribution: z.enum(['General', 'Limited', 'Restricted'], expecting('"General", "Limited" or "Restricted"')).optional(),
    /** The original language when the masthead states it. */
    originalLanguage: text('a language name such as "English"').optional(),
    /** The job number of the print run, as printed, when the source carries it: "N0056467E", "GE.19-03474(E)", "24-18683(E)". */
    jobNumber: matching(
      /^(?:[A-Z]\d{7}[A-Z]?|(?:[A-Z]{1,2}\.)?\d{2}-\d{5}\s?\([A-Z]\))$/,
      'a job number such as "N0056467E", "GE.19-03474(E)" or "24-18683 (E)"',
    ).optional(),
    /** For a resolution: its adoption. */
    resolution: resolutionSchema.optional(),
    /** For a report: what requested it. */
    report: reportSchema.optional(),
    /** For a treaty body's general comment or general recommendation: its number and form. */
    generalComment: generalCommentSchema.optional(),
    /** For a document of the Universal Periodic Review: the State reviewed and which document it is. */
    upr: uprSchema.optional(),
    /** Where the text came from. */
    source: sourceSchema,
  },
  'frontmatter with at least title, type, body, date (or a resolution\'s adoption) and source',
).superRefine((doc, ctx) => {
  if (!doc.symbol && !doc.unnumberedId) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['symbol'],
      message: 'found neither symbol nor unnumberedId, expected the symbol the document states or, when it states none, an unnumberedId',
    });
  }
  if (doc.type === 'resolution' && !doc.resolution) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['resolution'],
      message: 'found nothing, expected the adoption record { adopted: "YYYY-MM-DD", meeting: 85 } that every resolution needs',
    });
  }
  if (!doc.date && !doc.resolution?.adopted) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['date'],
      message: 'found no date, expected the issue date "YYYY-MM-DD" the masthead prints (a resolution may instead have only its adoption date)',
    });
  }
  if (doc.type === 'general-comment' && !doc.generalComment) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['generalComment'],
      message: 'found nothing, expected { number: 38, form: "general recommendation" } that every general comment needs',
    });
  }
  if (doc.type !== 'general-comment' && doc.generalComment) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['generalComment'],
      message: `found a generalComment block on a document of type "${doc.type}", expected it only on type "general-comment"`,
    });
  }
  if (doc.type !== 'resolution' && doc.resolution) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['resolution'],
      message: `found an adoption record on a document of type "${doc.type}", expected it only on type "resolution"`,
    });
  }
});

/**
 * The frontmatter of one document, as the content collection validates it. Astro parses with its
 * own error map, which replaces the message of a type error ("Required", "Expected type
 * `number`") and prints the field twice before the others; only an issue that carries its own
 * message reaches the build output untouched. So the frontmatter is checked here, and each issue
 * is handed on with its message attached.
 */
export const documentSchema = z.unknown().transform((data, ctx) => {
  const result = frontmatterSchema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: issue.path, message: issue.message });
  }
  return z.NEVER;
});

/** A document's frontmatter as written in the file. */
export type DocumentInput = z.input<typeof frontmatterSchema>;
/** A document's frontmatter after validation. */
export type DocumentData = z.output<typeof documentSchema>;

/** Formats the issues of a failed validation, one line each: `file: field "a.b": message`. */
export function formatIssues(error: z.ZodError, file: string): string {
  return error.issues
    .map((issue) => `${file}: field "${issue.path.join('.') || '(frontmatter)'}": ${issue.message}`)
    .join('\n');
}

/** Error thrown when a document's frontmatter does not match the schema. */
export class FrontmatterError extends Error {
  override name = 'FrontmatterError';
}

/**
 * Validates a document's frontmatter outside Astro (importer, scripts, tests).
 * @throws {FrontmatterError} listing every problem with its file and field.
 */
export function validateFrontmatter(data: unknown, file: string): DocumentData {
  const result = documentSchema.safeParse(data);
  if (!result.success) throw new FrontmatterError(formatIssues(result.error, file));
  return result.data;
}
