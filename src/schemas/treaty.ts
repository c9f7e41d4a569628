/**
 * The data of a treaty under content/treaties/: the treaty, the actions of States on it
 * (signature, ratification, accession) and what each document says about them, every statement
 * tied to the document and anchor that makes it. The one schema used by the Astro collection and
 * the tests; every message says what was found and what is expected.
 */
import { z } from 'zod';
import { expecting, found, isoDateSchema, strictObject, symbolSchema, text } from './document.ts';

/** A text matching a pattern, the message quoting what was found. */
function matching(pattern: RegExp, expected: string) {
  return z
    .string(expecting(expected))
    .refine((value) => pattern.test(value), (value) => ({ message: `found ${found(value)}, expected ${expected}` }));
}

const count = (expected: string) => z.number(expecting(expected)).int().min(0);

/** The kinds of action a State takes on a treaty. */
export const ACTION_KINDS = ['signature', 'ratification', 'accession', 'ratification-or-accession'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/** Where a document says something: its id (its path under content/documents/) and an anchor of its page. */
const place = {
  /** The document's id: its symbol's path ("E/CN.4/2002/89") or "unnumbered/<unnumberedId>". */
  document: matching(
    /^[A-Za-z0-9][^#\s]*$/,
    'a document id such as "E/CN.4/2002/89" or "unnumbered/general-assembly-1999-09-13-report"',
  ),
  /** The anchor on the document's page: "p3", "pp7", "row-azerbaijan". */
  anchor: matching(/^[\p{L}\p{N}][\p{L}\p{N}-]*$/u, 'an anchor of the document\'s page such as "p3", "pp7" or "row-azerbaijan"'),
  /** The words of the cited text that make the statement, when a reader should see them. */
  quote: text('the words of the cited text').optional(),
};

/** A source of a statement about the treaty itself: it may state a date. */
const sourceSchema = strictObject(
  { ...place, date: isoDateSchema.optional() },
  'a source { document, anchor } with an optional quote and date',
);

/**
 * A source of an action. It states the action's day (`date`), or that the action had happened as
 * at a day (`by`: the State is in the document's list as at that day), or that it had not (`after`:
 * the document's list as at that day leaves the State out).
 */
const actionSourceSchema = strictObject(
  { ...place, date: isoDateSchema.optional(), by: isoDateSchema.optional(), after: isoDateSchema.optional() },
  'a source { document, anchor } with one of date, by or after',
).superRefine((source, ctx) => {
  const stated = (['date', 'by', 'after'] as const).filter((key) => source[key] !== undefined);
  if (stated.length > 1) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: [stated[1]!],
      message: `found both ${stated.map((key) => `"${key}"`).join(' and ')}, expected one: what the source states about the action`,
    });
  }
});

const actionSchema = strictObject(
  {
    /** The State's name as the sources write it. */
    state: text('the State\'s name as written, such as "Cape Verde"'),
    kind: z.enum(ACTION_KINDS, expecting(`one of ${ACTION_KINDS.join(', ')}`)),
    /** The day of the action, when a source states it. */
    date: isoDateSchema.optional(),
    /** Where no source states the day: the days between which the sources place it. */
    between: strictObject(
      {
        /** The last day a source says it had not happened (exclusive). */
        after: isoDateSchema,
        /** The first day a source says it had happened (inclusive). */
        by: isoDateSchema,
      },
      'the interval { after: "YYYY-MM-DD", by: "YYYY-MM-DD" }',
    ).optional(),
    /** Every source that states something about this action. */
    sources: z.array(actionSourceSchema, expecting('a list of sources')).min(1, { message: 'found no source, expected at least one' }),
    /** What a reader should know about how the sources state it. */
    note: text('a note').optional(),
  },
  'an action { state, kind, date or between, sources }',
).superRefine((action, ctx) => {
  if ((action.date === undefined) === (action.between === undefined)) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['date'],
      message: `found ${action.date ? 'both date and between' : 'neither date nor between'}, expected the day a source states or, when none does, the interval the sources bound`,
    });
  }
  if (action.between && action.between.after >= action.between.by) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['between'],
      message: `found an interval from ${action.between.after} to ${action.between.by}, expected "after" to come before "by"`,
    });
  }
});

/** How a snapshot names the States it counts. */
export const LISTINGS = ['paragraph', 'table', 'none'] as const;

/** What a document says the treaty's status was on a day. */
const snapshotSchema = strictObject(
  {
    ...place,
    /** The day the document's figures are "as at". */
    asAt: isoDateSchema,
    /** Why that day, when the document does not print it ("the resolution's adoption"). */
    asAtNote: text('why this day').optional(),
    /**
     * Where the document names the States: in the cited paragraph (the actions citing it are its
     * list), in its table rows (the actions citing a row of the document), or nowhere.
     */
    listing: z.enum(LISTINGS, expecting(`one of ${LISTINGS.join(', ')}`)),
    /** The number of parties the document states. */
    parties: count('the number of parties the document states').optional(),
    /** The number of States that had signed but were not parties, as the document states it. */
    signatories: count('the number of signatories the document states').optional(),
    /** The number of instruments the document says are still needed for entry into force. */
    stillNeeded: count('the number of instruments still needed').optional(),
  },
  'a snapshot { document, anchor, asAt, listing }',
);

/** What a document says happened between two days. */
const periodSchema = strictObject(
  {
    ...place,
    from: isoDateSchema,
    to: isoDateSchema,
    /** The number of ratifications and accessions the document says were made in the period. */
    parties: count('the number of ratifications or accessions').optional(),
    /** The number of signatures the document says were made in the period. */
    signatures: count('the number of signatures').optional(),
  },
  'a period { document, anchor, from, to, quote }',
);

/** A day the sources state, with those sources. */
const datedSchema = strictObject(
  { date: isoDateSchema, sources: z.array(sourceSchema, expecting('a list of sources')).min(1) },
  '{ date: "YYYY-MM-DD", sources: [...] }',
);

const treatySchema = strictObject(
  {
    /** The treaty's full title. */
    name: text('the treaty\'s full title'),
    /** The name readers know it by. */
    shortName: text('a short name such as "Migrant Workers Convention"'),
    /** The resolution that adopted the treaty and opened it for signature. */
    adoption: strictObject(
      { resolution: symbolSchema, date: isoDateSchema, sources: z.array(sourceSchema, expecting('a list of sources')).min(1) },
      '{ resolution, date, sources }',
    ),
    entryIntoForce: strictObject(
      {
        /** The number of ratifications or accessions the treaty needs to enter into force. */
        instruments: count('the number of instruments needed, such as 20'),
        /** The article that sets the rule. */
        article: count('an article number').optional(),
        /** Where the documents state the rule. */
        ruleSources: z.array(sourceSchema, expecting('a list of sources')).min(1),
        /** The deposit of the last instrument needed. */
        lastInstrument: datedSchema.optional(),
        /** The day the treaty entered into force. */
        date: isoDateSchema.optional(),
        sources: z.array(sourceSchema, expecting('a list of sources')).default([]),
      },
      '{ instruments, ruleSources, lastInstrument, date, sources }',
    ),
    snapshots: z.array(snapshotSchema, expecting('a list of snapshots')).default([]),
    periods: z.array(periodSchema, expecting('a list of periods')).default([]),
    actions: z.array(actionSchema, expecting('a list of actions')),
  },
  'a treaty with name, shortName, adoption, entryIntoForce and actions',
);

/** A treaty's data as the content collection validates it (see documentSchema for why a transform). */
export const treatySchemaForAstro = z.unknown().transform((data, ctx) => {
  const result = treatySchema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: issue.path, message: issue.message });
  }
  return z.NEVER;
});

export { treatySchema };
export type TreatyData = z.output<typeof treatySchema>;
export type TreatyAction = TreatyData['actions'][number];
export type ActionSource = TreatyAction['sources'][number];
export type TreatySource = z.output<typeof sourceSchema>;
export type Snapshot = TreatyData['snapshots'][number];
export type Period = TreatyData['periods'][number];
