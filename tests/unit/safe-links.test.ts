import { describe, expect, it } from 'vitest';
import { renderBody } from '../../src/lib/document/render-body.ts';

const render = (body: string) => renderBody(body, { path: 'content/documents/A/1.mdx', frontmatter: {}, isInCollection: () => false, base: '/' });

/** The message a body's rendering fails with. */
async function failure(body: string): Promise<string> {
  return render(body).then(
    () => 'rendered',
    (error: Error) => error.message,
  );
}

const LINK_FIX = 'expected a link to a page of the site or to a United Nations site (UN_HOSTS in src/lib/site/security.ts): remove the link and keep its text';

describe('the links and images of a body', () => {
  it('keeps links to the site, to the UN and the addresses the text prints', async () => {
    const { html } = await render(
      'See [the report](/A/54/150/), [the text](https://undocs.org/A/RES/53/137) and [http://www.ilo.ch](http://www.ilo.ch).\n\nWrite to registry@ohchr.org or see www.ilo.ch/public.\n',
    );
    expect(html).toContain('<a href="/A/54/150/">the report</a>');
    expect(html).toContain('<a href="https://undocs.org/A/RES/53/137">the text</a>');
    expect(html).toContain('<a href="http://www.ilo.ch">http://www.ilo.ch</a>');
    expect(html).toContain('<a href="mailto:registry@ohchr.org">registry@ohchr.org</a>');
    expect(html).toContain('<a href="http://www.ilo.ch/public">www.ilo.ch/public</a>');
  });

  it.each([
    ['a javascript: link', 'Text.\n\nSee [here](javascript:alert(1)).\n', `content/documents/A/1.mdx:3:5: found a link to "javascript:alert(1)", a javascript: URL; ${LINK_FIX}`],
    ['a data: link', '[x](data:text/html,hi)\n', `content/documents/A/1.mdx:1:1: found a link to "data:text/html,hi", a data: URL; ${LINK_FIX}`],
    [
      'a foreign link behind its text',
      'See [the UN](https://example.com/un).\n',
      `content/documents/A/1.mdx:1:5: found a link to "https://example.com/un", a page of example.com, which is not one of the United Nations' sites; ${LINK_FIX}`,
    ],
    [
      'a foreign link by reference',
      'See [the UN][un].\n\n[un]: https://example.com/\n',
      `content/documents/A/1.mdx:3:1: found a link to "https://example.com/", a page of example.com, which is not one of the United Nations' sites; ${LINK_FIX}`,
    ],
    ['a data: image', '![seal](data:image/png;base64,AAAA)\n', 'content/documents/A/1.mdx:1:1: found an image from "data:image/png;base64,AAAA", a data: URL; expected an image file of the site: remove the image'],
    ['a foreign image', '![seal](https://example.com/seal.png)\n', 'content/documents/A/1.mdx:1:1: found an image from "https://example.com/seal.png", an image on another site; expected an image file of the site: remove the image'],
  ])('refuses %s with the file and line', async (_name, body, message) => {
    expect(await failure(body)).toBe(message);
  });
});
