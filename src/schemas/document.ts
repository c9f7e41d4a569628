/**
 * The frontmatter of a document under content/documents/: the one schema used by the Astro
 * content collection, the importer and the tests. Every message says what was found and what is
 * expected, so an author can fix the file without reading this module.
 */
import { z } from 'zod';
import { BODY_NAMES } from '../lib/bodies.ts';
import { isIsoDate } from '../lib/dates.ts';
import { sessionName } from '../lib/ordinals.ts';
import { normaliseSymbol, parseSymbol, SymbolError } from '../lib/symbol.ts';

/** Quotes a found value for a message, briefly. */
function found(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value instanceof Date) return `the date ${value.toISOString().slice(0, 10)} (unquoted)`;
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** A zod error map whose every message is "found X, expected <expected>". */
function expecting(expected: string): { errorMap: z.ZodErrorMap } {
  return { errorMap: (_issue, ctx) => ({ message: `found ${found(ctx.data)}, expected ${expected}` }) };
}

/** A non-empty single-line text. */
const text = (expected: string) =>
  z.string(expecting(expected)).trim().min(1, { message: `found an empty text, expected ${expected}` });

/** A UN document symbol, stored in normal form. */
export const symbolSchema = z.string(expecting('a UN document symbol such as "A/RES/53/137"')).transform((value, ctx) => {
  try {
    parseSymbol(value);
    return normaliseSymbol(value);
  } catch (error) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      message: `found ${found(value)}, expected a UN document symbol such as "A/RES/53/137" (${(error as SymbolError).message})`,
    });
    return z.NEVER;
  }
});

/** A calendar date written as "YYYY-MM-DD" (quoted, so that YAML keeps it a string). */
export const isoDateSchema = z
  .union([z.string(), z.date()], expecting('a date written as "YYYY-MM-DD"'))
  .transform((value, ctx) => {
    const iso = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    if (!isIsoDate(iso)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, message: `found ${found(value)}, expected a real calendar date written as "YYYY-MM-DD"` });
      return z.NEVER;
    }
    return iso;
  });

/** The kinds of document the site publishes. */
export const DOCUMENT_TYPES = ['resolution', 'decision', 'report', 'note', 'letter', 'other'] as const;

const sessionSchema = z
  .object(
    {
      /** The session's number: 54 for the fifty-fourth session. */
      number: z.number(expecting('a session number such as 54')).int().positive(),
      /** The session's name as printed: "Fifty-fourth session". */
      name: text('a session name such as "Fifty-fourth session"'),
    },
    expecting('a session such as { number: 54, name: "Fifty-fourth session" }'),
  )
  .strict()
  .superRefine((session, ctx) => {
    const expected = sessionName(session.number);
    if (session.name.toLowerCase() !== expected.toLowerCase()) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['name'],
        message: `found ${found(session.name)}, expected "${expected}" to match session number ${session.number}`,
      });
    }
  });

const agendaItemSchema = z
  .object(
    {
      /** The item's number and letter as printed: "117 (a)". */
      number: z
        .string(expecting('an agenda item number such as "117 (a)"'))
        .regex(/^\d+(?: \([a-z]\))?$/, { message: 'expected an agenda item number such as "117" or "117 (a)"' }),
      /** The item's title when the document states it, as printed. */
      title: text('the agenda item title as printed').optional(),
      /** The sub-item's title when printed on its own line, as printed. */
      subItemTitle: text('the sub-item title as printed').optional(),
      /** True when the document cites the provisional agenda ("Item 117 (a) of the provisional agenda"). */
      provisional: z.boolean(expecting('true or false')).default(false),
      /** The symbol of the agenda the item belongs to, from the footnote on "provisional agenda". */
      agendaSymbol: symbolSchema.optional(),
    },
    expecting('an agenda item such as { number: "117 (a)" }'),
  )
  .strict();

const resolutionSchema = z
  .object(
    {
      /** The day the resolution was adopted: the date used in citations. */
      adopted: isoDateSchema,
      /** The number of the plenary meeting that adopted it: 85 for the "85th plenary meeting". */
      meeting: z.number(expecting('a plenary meeting number such as 85')).int().positive(),
      /** The Main Committee report the resolution was adopted on, when stated. */
      committeeReport: z
        .object(
          {
            /** The committee's name as printed: "Third Committee". */
            committee: text('a committee name such as "Third Committee"'),
            /** The report's symbol: "A/53/625/Add.1". */
            symbol: symbolSchema,
          },
          expecting('{ committee: "Third Committee", symbol: "A/53/625/Add.1" }'),
        )
        .strict()
        .optional(),
    },
    expecting('the adoption record { adopted: "YYYY-MM-DD", meeting: 85 }'),
  )
  .strict();

const reportSchema = z
  .object(
    {
      /** The resolutions that requested this report, as the report states them. */
      requestedBy: z.array(symbolSchema, expecting('a list of resolution symbols')).default([]),
    },
    expecting('{ requestedBy: ["A/RES/53/137"] }'),
  )
  .strict();

const sourceSchema = z
  .object(
    {
      /** The name of the raw file the document was imported from. */
      file: text('the raw file name'),
      /** The SHA-256 of that file, in hexadecimal. */
      sha256: z
        .string(expecting('64 hexadecimal digits'))
        .regex(/^[0-9a-f]{64}$/, { message: 'expected the SHA-256 as 64 lower-case hexadecimal digits' }),
      /** The lines dropped as page residue (running heads, page numbers, job numbers, export fields). */
      dropped: z.array(z.string(expecting('a dropped line')), expecting('a list of the dropped lines')).default([]),
    },
    expecting('the import record { file, sha256, dropped }'),
  )
  .strict();

/** A slug for a document whose own symbol is not known yet. */
const UNNUMBERED_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The frontmatter of one document. */
export const documentSchema = z
  .object(
    {
      /** The document's own symbol; absent while the source does not state it. */
      symbol: symbolSchema.optional(),
      /** A permanent identifier for a document published before its symbol was known; kept, once the symbol is known, so that its first URL redirects. */
      unnumberedId: z
        .string(expecting('a lower-case slug such as "ga-54-1999-09-13-status-report"'))
        .regex(UNNUMBERED_ID, { message: 'expected a lower-case slug of letters, digits and single hyphens' })
        .optional(),
      /** The document's title as printed. */
      title: text('the document title'),
      /** The line printed under the title: "Report of the Secretary-General". */
      subtitle: text('the line printed under the title').optional(),
      /** What kind of document this is. */
      type: z.enum(DOCUMENT_TYPES, expecting(`one of ${DOCUMENT_TYPES.join(', ')}`)),
      /** The issuing body, by its full name. */
      body: z.enum(BODY_NAMES, expecting(`one of the bodies ${BODY_NAMES.map((n) => `"${n}"`).join(', ')}`)),
      /** The session the document belongs to. */
      session: sessionSchema.optional(),
      /** The agenda item the document is issued under. */
      agendaItem: agendaItemSchema.optional(),
      /** The issue date printed in the masthead. */
      date: isoDateSchema,
      /** The distribution printed in the masthead: "General", "Limited" or "Restricted". */
      distribution: z.enum(['General', 'Limited', 'Restricted'], expecting('"General", "Limited" or "Restricted"')),
      /** The original language when the masthead states it. */
      originalLanguage: text('a language name such as "English"').optional(),
      /** The job number of the print run ("N0056467E"), when the source carries it. */
      jobNumber: z.string(expecting('a job number such as "N0056467E"')).regex(/^[A-Z]\d{7}[A-Z]?$/, { message: 'expected a job number such as "N0056467E"' }).optional(),
      /** For a resolution: its adoption. */
      resolution: resolutionSchema.optional(),
      /** For a report: what requested it. */
      report: reportSchema.optional(),
      /** Where the text came from. */
      source: sourceSchema,
    },
    expecting('frontmatter with at least title, type, body, date, distribution and source'),
  )
  .strict()
  .superRefine((doc, ctx) => {
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
    if (doc.type !== 'resolution' && doc.resolution) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['resolution'],
        message: `found an adoption record on a document of type "${doc.type}", expected it only on type "resolution"`,
      });
    }
  });

/** A document's frontmatter as written in the file. */
export type DocumentInput = z.input<typeof documentSchema>;
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
