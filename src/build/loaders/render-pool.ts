/**
 * Rendering many bodies on worker threads, one per core, each rendering written to the body cache
 * by the thread that made it. Starting a worker costs about a second (it loads the TypeScript
 * renderer and its plugins), so small batches render in the loader's own thread instead.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { bodyCache } from '../cache/body-cache.ts';
import { documentId } from '../../lib/document/documents.ts';
import { renderBody } from '../../lib/document/render-body.ts';

/** One body to render, and the digest its rendering is cached under. */
export interface RenderJob {
  id: number;
  body: string;
  path: string;
  frontmatter: Record<string, unknown>;
  digest: string;
}

/**
 * What every rendering needs to know of the site: its documents' ids (symbol paths), its base,
 * and the project root, whose body cache the renderings go to.
 */
export interface RenderContext {
  documentIds: Set<string>;
  base: string;
  root: string;
}

/** The same, as a worker is told it once. */
export interface RenderWorkerData {
  documentIds: string[];
  base: string;
  root: string;
}

/**
 * A worker's answer (render-worker.mjs): the job written to the cache, with the digest of its
 * rendering, or why it failed.
 */
export type RenderReply = { id: number; rendering: string; error?: undefined } | { id: number; error: string; refused: boolean };

/** A body the renderer refused: what it may not contain, with its file and line (not a fault of the code). */
export class BodyRefused extends Error {
  override name = 'BodyRefused';
}

/**
 * Whether a rendering error is the body's fault: a place in it, reported by the parser or a plugin
 * (a VFileMessage, which render-body.ts gives as the cause), rather than the code's.
 */
export function isBodyProblem(error: unknown): boolean {
  // Told by its shape: a worker loads vfile-message as a module of its own.
  const cause = error instanceof Error ? (error.cause as { reason?: unknown; place?: unknown } | undefined) : undefined;
  return typeof cause?.reason === 'string' && cause.place !== undefined;
}

/** Whether a symbol's document is among the given ids (content paths without ".mdx"). */
export function inCollection(documentIds: Set<string>): (symbol: string) => boolean {
  return (symbol) => documentIds.has(documentId({ symbol }));
}

/** Below this many bodies, starting workers costs more than it saves. */
export const WORKER_THRESHOLD = 300;

/**
 * Jobs a worker is given at a time: it starts the next as soon as it has answered one, without
 * waiting for the loader's thread to send it.
 */
const JOBS_IN_FLIGHT = 2;

/**
 * Renders every job and writes each rendering to the body cache, on worker threads when there
 * are many. A worker answers with the job's id and the rendering's digest only: sending the
 * rendering back would copy it between threads and make the loader's thread write it, while the
 * workers wait.
 * @returns the digest of each job's rendering (LoadedDocument.rendering), in the order of the jobs.
 * @throws {BodyRefused} the first body that may not be published, naming the file and line.
 * @throws {Error} the first other rendering error.
 */
export async function renderAll(jobs: Omit<RenderJob, 'id'>[], context: RenderContext): Promise<string[]> {
  const renderings: string[] = [];
  const workers = Math.min(availableParallelism(), Math.ceil(jobs.length / WORKER_THRESHOLD));
  if (workers <= 1) {
    const isInCollection = inCollection(context.documentIds);
    const cache = bodyCache(context.root);
    for (const job of jobs) {
      try {
        renderings.push(cache.write(job.digest, await renderBody(job.body, { ...job, isInCollection, base: context.base })));
      } catch (error) {
        throw isBodyProblem(error) ? new BodyRefused((error as Error).message) : error;
      }
    }
    return renderings;
  }
  let next = 0;
  const workerData: RenderWorkerData = { documentIds: [...context.documentIds], base: context.base, root: context.root };
  const pool = Array.from({ length: workers }, () => new Worker(new URL('./render-worker.mjs', import.meta.url), { workerData }));
  try {
    await Promise.all(
      pool.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let inFlight = 0;
            const send = () => {
              if (next < jobs.length) {
                const id = next++;
                inFlight += 1;
                worker.postMessage({ ...jobs[id]!, id } satisfies RenderJob);
              } else if (inFlight === 0) {
                resolve();
              }
            };
            worker.on('message', (reply: RenderReply) => {
              if (reply.error !== undefined) return reject(reply.refused ? new BodyRefused(reply.error) : new Error(reply.error));
              renderings[reply.id] = reply.rendering;
              inFlight -= 1;
              send();
            });
            worker.on('error', reject);
            for (let i = 0; i < JOBS_IN_FLIGHT; i++) send();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((worker) => worker.terminate()));
  }
  return renderings;
}
