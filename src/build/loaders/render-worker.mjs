/**
 * A worker thread of the documents loader: renders the bodies it is sent and writes each to the
 * body cache, so that a cold build uses every core. Plain JavaScript, because a worker starts
 * outside Vite: it loads the TypeScript renderer through tsx.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { renderBody } = await tsImport('../../lib/document/render-body.ts', import.meta.url);
const { inCollection, isBodyProblem } = await tsImport('./render-pool.ts', import.meta.url);
const { bodyCache } = await tsImport('../cache/body-cache.ts', import.meta.url);
const isInCollection = inCollection(new Set(workerData.documentIds));
const cache = bodyCache(workerData.root);

parentPort.on('message', (job) => {
  renderBody(job.body, { path: job.path, frontmatter: job.frontmatter, isInCollection, base: workerData.base }).then(
    (result) => {
      parentPort.postMessage({ id: job.id, rendering: cache.write(job.digest, result) });
    },
    (error) => parentPort.postMessage({ id: job.id, error: error.message, refused: isBodyProblem(error) }),
  );
});
