/** The part of Citation.js the export tests use: it ships no type declarations of its own. */
declare module '@citation-js/core' {
  /** A CSL-JSON item as Citation.js parses it. */
  export type CslData = Record<string, unknown>;
  export class Cite {
    constructor(input: unknown, options?: { forceType?: string });
    data: CslData[];
  }
}
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
