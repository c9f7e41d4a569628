/**
 * A worker thread of the document-files integration: writes the data files and redirect pages it
 * is given while Astro renders the pages on the main thread. Plain JavaScript, because a worker
 * starts outside Vite: it loads the TypeScript integration through tsx.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { writeDocumentFiles } = await tsImport('./document-files.ts', import.meta.url);

try {
  parentPort.postMessage({ written: writeDocumentFiles(workerData) });
} catch (error) {
  parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
}
