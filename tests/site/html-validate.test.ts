import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../../scripts/lib/site-links.ts';
import { DIST, requireDist } from './dist.ts';

describe('every built page is valid HTML', () => {
  beforeAll(requireDist);

  it('has no html-validate error on any page (rules in .htmlvalidate.json)', async () => {
    // The loader finds .htmlvalidate.mjs at the project root, above dist/.
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const problems: string[] = [];
    const files = htmlFiles(DIST);
    for (const file of files) {
      const report = await validator.validateString(readFileSync(join(DIST, file), 'utf8'), join(DIST, file));
      for (const result of report.results) {
        for (const message of result.messages) problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(files.length).toBeGreaterThan(0);
    expect(problems).toEqual([]);
  });
});
