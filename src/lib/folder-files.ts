/** Listing the files of a built site. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under a folder, by its "/"-separated path there ("A/RES/53/137/index.html"). */
export function listFiles(root: string, folder = ''): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
    return entry.isDirectory() ? listFiles(root, path) : [path];
  });
}
