/**
 * Rendering many bodies on worker threads, one per core. Starting a worker costs about a second
 * (it loads the TypeScript renderer and its plugins), so small batches render in the loader's own
 * thread instead.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { documentId } from '../lib/documents.ts';
import { renderBody, type RenderedBody } from '../lib/render-body.ts';

/** One body to render. */
export interface RenderJob {
  id: number;
  body: string;
  path: string;
  frontmatter: Record<string, unknown>;
}

/** What every rendering needs to know of the site: its documents' ids (symbol paths) and its base. */
export interface RenderContext {
  documentIds: Set<string>;
  base: string;
}

/** The same, as a worker is told it once. */
export interface RenderWorkerData {
  documentIds: string[];
  base: string;
}

/** A worker's answer (render-worker.mjs). */
export type RenderReply = { id: number; result: RenderedBody; error?: undefined } | { id: number; error: string; result?: undefined };

/** Whether a symbol's document is among the given ids (content paths without ".mdx"). */
export function inCollection(documentIds: Set<string>): (symbol: string) => boolean {
  return (symbol) => documentIds.has(documentId({ symbol }));
}

/** Below this many bodies, starting workers costs more than it saves. */
export const WORKER_THRESHOLD = 300;

/**
 * Renders every job, on worker threads when there are many, and calls `done` with each result
 * as it arrives (so the caller can write it and forget it).
 * @throws {Error} the first rendering error, naming the file and line.
 */
export async function renderAll(
  jobs: Omit<RenderJob, 'id'>[],
  context: RenderContext,
  done: (index: number, body: RenderedBody) => void,
): Promise<void> {
  const workers = Math.min(availableParallelism(), Math.ceil(jobs.length / WORKER_THRESHOLD));
  if (workers <= 1) {
    const isInCollection = inCollection(context.documentIds);
    for (const [index, job] of jobs.entries()) done(index, await renderBody(job.body, { ...job, isInCollection, base: context.base }));
    return;
  }
  let next = 0;
  const pool = Array.from({ length: workers }, () =>
    new Worker(new URL('./render-worker.mjs', import.meta.url), { workerData: { documentIds: [...context.documentIds], base: context.base } satisfies RenderWorkerData }),
  );
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= jobs.length) return resolve();
              const id = next++;
              worker.postMessage({ ...jobs[id]!, id } satisfies RenderJob);
            };
            worker.on('message', (reply: RenderReply) => {
              if (reply.error !== undefined) return reject(new Error(reply.error));
              done(reply.id, reply.result);
              send();
            });
            worker.on('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
}
