/**
 * The folder rules of docs/architecture.md, checked on the source itself: src/lib/ is pure (no
 * file system, no global state), nothing under src/ imports the command lines of scripts/, routes
 * only fetch and lay out (about 80 lines at most, and the build's data through one module), and
 * browser scripts live in one folder.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

/** Every file under a folder of the project, as project-relative "/"-separated paths. */
function filesUnder(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
    .map((name) => `${folder}/${name.split('\\').join('/')}`)
    .filter((path) => /\.(ts|mts|mjs|astro)$/.test(path));
}

/** The module specifiers a source file imports, statically or dynamically. */
function importsOf(path: string): string[] {
  const text = readFileSync(join(root, path), 'utf8');
  return [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g)].map((match) => match[1]!);
}

/** Where a relative specifier of `path` leads, project-relative. */
function resolved(path: string, specifier: string): string {
  return relative(root, join(root, path, '..', specifier)).split('\\').join('/');
}

describe('the folder rules', () => {
  it('keeps src/lib/ pure: no file system, no global state', () => {
    const impure = filesUnder('src/lib').flatMap((path) => {
      const text = readFileSync(join(root, path), 'utf8');
      const found = importsOf(path).filter((specifier) => /^(node:)?fs(\/promises)?$/.test(specifier));
      if (/\bglobalThis\b/.test(text)) found.push('globalThis');
      if (/\bprocess\.(env|cwd)\b/.test(text)) found.push('process.env or process.cwd()');
      return found.map((what) => `${path}: ${what}`);
    });
    expect(impure).toEqual([]);
  });

  it('imports nothing from scripts/ under src/', () => {
    const crossings = filesUnder('src').flatMap((path) =>
      importsOf(path)
        .filter((specifier) => specifier.startsWith('.') && resolved(path, specifier).startsWith('scripts/'))
        .map((specifier) => `${path}: ${specifier}`),
    );
    expect(crossings).toEqual([]);
  });

  it('keeps src/lib/ out of the build machinery and Astro', () => {
    const crossings = filesUnder('src/lib').flatMap((path) =>
      importsOf(path)
        .filter((specifier) => specifier.startsWith('astro:') || (specifier.startsWith('.') && resolved(path, specifier).startsWith('src/build/')))
        .map((specifier) => `${path}: ${specifier}`),
    );
    expect(crossings).toEqual([]);
  });

  it('has routes that only fetch and lay out: about 80 lines, the build read through src/build/pages.ts', () => {
    const routes = filesUnder('src/pages');
    const long = routes.filter((path) => readFileSync(join(root, path), 'utf8').split('\n').length > 85);
    const behind = routes.flatMap((path) =>
      importsOf(path)
        .filter((specifier) => specifier.startsWith('.') && resolved(path, specifier).startsWith('src/build/') && resolved(path, specifier) !== 'src/build/pages.ts')
        .map((specifier) => `${path}: ${specifier}`),
    );
    expect(long).toEqual([]);
    expect(behind).toEqual([]);
  });

  it('keeps browser scripts in src/client/', () => {
    const scripts = filesUnder('src')
      .filter((path) => path.endsWith('.astro'))
      .flatMap((path) => {
        const text = readFileSync(join(root, path), 'utf8');
        return [...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].flatMap((match) =>
          [...match[1]!.matchAll(/import\s*(?:[^'"]*from\s*)?['"]([^'"]+)['"]/g)]
            .map((specifier) => resolved(path, specifier[1]!))
            .filter((target) => !target.startsWith('src/client/'))
            .map((target) => `${path}: ${target}`),
        );
      });
    expect(scripts).toEqual([]);
  });
});
