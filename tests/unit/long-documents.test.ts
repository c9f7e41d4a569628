import { describe, expect, it } from 'vitest';
import { renderBody } from '../../src/lib/document/render-body.ts';

const render = (body: string) => renderBody(body, { path: 'content/documents/A/RES/60/999.mdx', frontmatter: { type: 'resolution' }, isInCollection: () => false, base: '/' });

describe('no length of a document breaks its rendering', () => {
  it('anchors 250 preambular paragraphs, 300 footnotes and a table of 1,000 rows', async () => {
    const preamble = Array.from({ length: 250 }, (_, i) => `*Recalling* consideration ${i + 1},[^${i + 1}]`);
    const footnotes = Array.from({ length: 300 }, (_, i) => `[^${i + 1}]: Note ${i + 1}.`);
    const rows = Array.from({ length: 1000 }, (_, i) => `| State ${i + 1} | ${i + 1} |`);
    const body = ['The General Assembly,', ...preamble, '1. *Decides*;[^300]', '| State | Number |\n| - | - |\n' + rows.join('\n'), ...footnotes].join('\n\n');
    const { html } = await render(body);
    expect(html).toContain('id="pp250"');
    expect(html).toContain('id="fn-300"');
    expect(html).toContain('id="row-state-1000"');
  }, 30_000);
});
