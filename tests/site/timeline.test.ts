import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIST, requireDist } from './dist.ts';

requireDist();

const TREATY = 'treaties/migrant-workers-convention';
const json = JSON.parse(readFileSync(`${DIST}/${TREATY}/actions.json`, 'utf8'));
const page = readFileSync(`${DIST}/${TREATY}/index.html`, 'utf8');
const SITE = 'https://un-docs.example.org';

/** The built page a site URL points to, and whether its fragment is an id there. */
function resolves(url: string): boolean {
  const { pathname, hash } = new URL(url);
  const file = `${DIST}${decodeURIComponent(pathname)}index.html`;
  if (!existsSync(file)) return false;
  return hash === '' || readFileSync(file, 'utf8').includes(`id="${decodeURIComponent(hash.slice(1))}"`);
}

describe(`/${TREATY}/actions.json`, () => {
  it('has one object per action, with the State as written, its code, kind, day or range and sources', () => {
    expect(json.actions).toHaveLength(43);
    const capeVerde = json.actions.find((a: { iso3: string }) => a.iso3 === 'CPV');
    expect(capeVerde).toMatchObject({ state: 'Cape Verde', currentName: 'Cabo Verde', kind: 'accession', date: '1997-09-16', dateRange: null });
    expect(capeVerde.sources[0]).toEqual({
      document: 'E/CN.4/2002/89',
      symbol: 'E/CN.4/2002/89',
      anchor: 'row-cape-verde',
      citation: 'E/CN.4/2002/89, annex, Cape Verde',
      url: `${SITE}/E/CN.4/2002/89/#row-cape-verde`,
      date: '1997-09-16',
    });
    const libya = json.actions.find((a: { iso3: string }) => a.iso3 === 'LBY');
    expect(libya).toMatchObject({ state: 'Libyan Arab Jamahiriya', date: null, dateRange: { after: '2001-12-06', by: '2004-08-20' } });
    // A document without a symbol is cited by its id, never an invented symbol.
    expect(libya.sources.at(-1)).toMatchObject({ document: 'unnumbered/general-assembly-2004-08-27-report', symbol: null, anchor: 'p5' });
  });

  it('links every source to a built page and an anchor on it', () => {
    const urls = json.actions.flatMap((a: { sources: { url: string }[] }) => a.sources.map((s) => s.url));
    expect(urls.filter((url: string) => !resolves(url))).toEqual([]);
  });

  it('matches the count each report states at its date, or lists the difference as a disagreement', () => {
    for (const snapshot of json.snapshots) {
      const stated = snapshot.parties.stated ?? snapshot.parties.listed;
      const { min, max } = snapshot.parties.fromActions;
      if (min === stated && max === stated) continue;
      const listed = json.checks.filter(
        (check: { status: string; sources: { url: string }[] }) =>
          check.status !== 'agrees' && check.sources.some((source) => source.url === snapshot.source.url),
      );
      expect(listed.length, `${snapshot.source.citation}: states ${stated}, the actions give ${min} to ${max}`).toBeGreaterThan(0);
    }
    const resolution = json.snapshots.find((s: { source: { symbol: string } }) => s.source.symbol === 'A/RES/55/88');
    expect(resolution.parties).toEqual({ stated: 14, listed: null, fromActions: { min: 15, max: 16 } });
  });

  it('dates adoption, the twentieth instrument and entry into force from their sources', () => {
    expect(json.treaty.adoption).toMatchObject({ resolution: 'A/RES/45/158', date: '1990-12-18' });
    expect(json.treaty.entryIntoForce).toMatchObject({ instruments: 20, article: 87, date: '2003-07-01', lastInstrument: { date: '2003-03-14' } });
  });
});

describe(`/${TREATY}/`, () => {
  it('draws the chart as an accessible SVG with a title and a description, and no script', () => {
    const svg = page.slice(page.indexOf('<svg'), page.indexOf('</svg>'));
    expect(svg).toMatch(/role="group" aria-labelledby="chart-wide-title" aria-describedby="chart-wide-description"/);
    expect(svg).toMatch(/<title id="chart-wide-title"[^>]*>Parties to the Migrant Workers Convention over time<\/title>/);
    expect(svg).not.toContain('<script');
  });

  it('links each dated point, each range and each report’s marker to its source', () => {
    const svg = page.slice(page.indexOf('<svg'), page.indexOf('</svg>'));
    const links = [...svg.matchAll(/<a href="([^"]+)" class="(point|range|snapshot|event)"/g)].map((m) => [m[2], m[1]]);
    expect(links.filter(([kind]) => kind === 'point')).toHaveLength(16);
    // A range links to the first list that names its States as parties.
    expect(links.filter(([kind]) => kind === 'range').map(([, href]) => href)).toEqual([
      '/E/CN.4/2002/89/#p4',
      '/unnumbered/general-assembly-2004-08-27-report/#p5',
    ]);
    expect(links.filter(([kind]) => kind === 'snapshot').map(([, href]) => href)).toEqual([
      '/unnumbered/general-assembly-1999-09-13-report/#p3',
      '/A/RES/55/88/#p3',
      '/E/CN.4/2002/89/#p4',
      '/E/CN.4/2002/89/#pp1',
      '/unnumbered/general-assembly-2004-08-27-report/#p5',
    ]);
    expect(links.map(([, href]) => `${SITE}${href}`).filter((url) => !resolves(url))).toEqual([]);
  });

  it('shows the disagreements, unresolved, and a table row for every action', () => {
    expect(page).toContain('names Uruguay as a party as of 6 December 2001; the same document&#39;s annex table, as of the same day, does not.');
    expect(page.match(/<tr id="action-/g)).toHaveLength(43);
    expect(page).toContain('between 6 December 2001 and 20 August 2004');
  });

  /** The text of a fragment of HTML, tags removed and spaces collapsed. */
  const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
  const main = page.slice(page.indexOf('<h1'));

  it('opens with the summary, each figure with the source that gives it, then its contents', () => {
    const summary = main.slice(main.indexOf('<section aria-labelledby="summary-heading"'), main.indexOf('</section>'));
    expect(main.indexOf('summary-heading')).toBeLessThan(main.indexOf('contents-heading'));
    expect(main.indexOf('contents-heading')).toBeLessThan(main.indexOf('<svg'));
    const figure = (id: string) => text(summary.slice(summary.indexOf(`id="${id}"`), summary.indexOf('</div>', summary.indexOf(`id="${id}"`))));
    expect(figure('summary-parties')).toContain('26 as at 20 August 2004: Report of the Secretary-General of 27 August 2004, para. 5 states 26 and names 26.');
    expect(figure('summary-signatories')).toContain('10 as at 20 August 2004');
    expect(figure('summary-entry-into-force')).toContain('1 July 2003 in force: Report of the Secretary-General of 27 August 2004, para. 2');
    expect(figure('summary-latest-action')).toContain('Burkina Faso: signature on 16 November 2001: E/CN.4/2002/89, annex, Burkina Faso states the day.');
    expect(summary).toContain('href="/unnumbered/general-assembly-2004-08-27-report/#p5"');
    const contents = main.slice(main.indexOf('contents-heading'), main.indexOf('</nav>'));
    for (const id of ['chart', 'actions-heading', 'dates-heading', 'disagreements-heading', 'data-heading']) {
      expect(contents).toContain(`href="#${id}"`);
      expect(page).toContain(`id="${id}"`);
    }
  });

  it('offers a filter of the table by State, action and years, hidden until its script shows it, with every row in the page', () => {
    const form = page.slice(page.indexOf('<form class="action-filters"'), page.indexOf('</form>', page.indexOf('<form class="action-filters"')));
    expect(form).toMatch(/<form class="action-filters" data-filters="actions" [^>]*hidden/);
    for (const name of ['state', 'kind', 'from', 'to']) expect(form).toMatch(new RegExp(`<label for="actions-${name}"[^>]*>[^<]+</label>`));
    expect(form).toContain('<option value="ratification"');
    expect(form).toContain('<option value="1999"');
    expect(page).toMatch(/<table class="actions-table" id="actions"/);
    expect(page).toMatch(/<tr id="action-cpv-accession" data-names="Cape Verde Cabo Verde" data-kind="accession" data-first="1997" data-last="1997"/);
    expect(page).toMatch(/<tr id="action-ury-ratification-or-accession" [^>]*data-first="1999" data-last="2001"/);
    expect(page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('shows in each row the source that dates the action, or the first list that names it, the others folded', () => {
    const row = (id: string) => page.slice(page.indexOf(`<tr id="${id}"`), page.indexOf('</tr>', page.indexOf(`<tr id="${id}"`)));
    const shown = (id: string) => text(row(id).slice(row(id).indexOf('<p class="source"'), row(id).indexOf('</p>', row(id).indexOf('<p class="source"'))));
    expect(shown('action-egy-accession')).toBe('E/CN.4/2002/89, annex, Egypt states the day');
    expect(row('action-egy-accession')).toMatch(/<summary[^>]*>3 more sources<\/summary>/);
    expect(shown('action-lby-ratification-or-accession')).toBe('Report of the Secretary-General of 27 August 2004, para. 5 lists it as at 20 August 2004');
  });

  it('lays the chart out for a wide screen and for a phone, each with its own ids', () => {
    expect(page).toMatch(/<svg id="chart-wide"[^>]* viewBox="0 0 960 /);
    expect(page).toMatch(/<svg id="chart-narrow"[^>]* viewBox="0 0 358 /);
    expect(page).toContain('aria-labelledby="chart-narrow-title"');
  });

  it('names a State once in the tooltip of its range', () => {
    const titles = [...page.matchAll(/<a [^>]*class="range"[^>]*>\s*<title[^>]*>([^<]*)<\/title>/g)].map((m) => m[1]!);
    expect(titles.filter((title) => title.startsWith('Uruguay'))).toHaveLength(2);
    expect(titles.filter((title) => /^([^:]+): \1:/.test(title))).toEqual([]);
  });

  it('is reachable from /timeline/ and /treaties/', () => {
    for (const index of ['timeline', 'treaties']) {
      expect(readFileSync(`${DIST}/${index}/index.html`, 'utf8')).toContain(`href="/${TREATY}/"`);
    }
  });
});

describe('State pages', () => {
  const codes: string[] = [...new Set<string>(json.actions.map((a: { iso3: string }) => a.iso3))];

  it('has a page for every State with an action, at its upper-case code', () => {
    expect(codes).toHaveLength(36);
    expect(codes.filter((code) => !existsSync(`${DIST}/states/${code}/index.html`))).toEqual([]);
  });

  it('names a State by its current name and the names the documents use, with its actions and mentions', () => {
    const html = readFileSync(`${DIST}/states/CPV/index.html`, 'utf8');
    expect(html).toMatch(/<h1[^>]*>Cabo Verde<\/h1>/);
    expect(html).toContain('“Cape Verde”');
    expect(html).toContain('href="/E/CN.4/2002/89/#row-cape-verde"');
    expect(html).toContain('href="/unnumbered/general-assembly-1999-09-13-report/#p3"');
  });

  it('has a page for a State the documents only mention', () => {
    expect(readFileSync(`${DIST}/states/MHL/index.html`, 'utf8')).toContain('href="/E/CN.4/2002/89/#p7"');
  });
});

describe('document pages', () => {
  it('anchor each annex row, so that a source can point to it', () => {
    const html = readFileSync(`${DIST}/E/CN.4/2002/89/index.html`, 'utf8');
    expect(html.match(/<tr id="row-[^"]+"/g)).toHaveLength(28);
    expect(html).toContain('<tr id="row-azerbaijan">');
  });
});
