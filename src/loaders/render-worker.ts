/**
 * A worker thread of the documents loader: renders the bodies it is sent, so that a cold build
 * uses every core.
 */
import { parentPort } from 'node:worker_threads';
import { renderBody } from '../lib/render-body.ts';
import type { RenderJob, RenderReply } from './render-pool.ts';

parentPort!.on('message', (job: RenderJob) => {
  renderBody(job.body, { path: job.path, frontmatter: job.frontmatter }).then(
    (result) => parentPort!.postMessage({ id: job.id, result } satisfies RenderReply),
    (error: Error) => parentPort!.postMessage({ id: job.id, error: error.message } satisfies RenderReply),
  );
});
