import { syntheticCorpus } from './lib/synthetic-corpus.ts';
import { splitDocument } from '../src/lib/document-file.ts';
import { renderBody } from '../src/lib/render-body.ts';
const files = syntheticCorpus(1500);
const docs = files.map((f) => splitDocument(f.text, f.path));
const t0 = performance.now();
for (const [i, d] of docs.entries()) {
  await renderBody(d.body, { path: files[i]!.path, frontmatter: d.frontmatter as Record<string, unknown>, isInCollection: () => true, base: '/' });
}
console.log(`${((performance.now() - t0) / docs.length).toFixed(2)} ms/doc`);
