/**
 * Measuring a command as a whole: wall time and the peak memory of its whole process tree (a
 * build starts helpers, such as pagefind's own binary, whose memory counts too). Linux only: it
 * samples /proc.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

/** What a measured command did. */
export interface Measured {
  exitCode: number | null;
  seconds: number;
  /** The largest sum of resident memory over the command's process tree, in bytes. */
  peakRss: number;
  /** The largest resident memory of any one process of the tree (for a build, Astro's Node or pagefind), in bytes. */
  peakProcessRss: number;
  /** The last lines it printed, for a failure's cause. */
  tail: string;
}

/** The pids of a process and all its descendants. */
function processTree(pid: number): number[] {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    try {
      for (const task of readdirSync(`/proc/${pids[i]}/task`)) {
        const children = readFileSync(`/proc/${pids[i]}/task/${task}/children`, 'utf8').trim();
        if (children) pids.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // The process ended between two reads.
    }
  }
  return pids;
}

/** The resident memory of a process in bytes, 0 once it has ended. */
function rss(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Runs a command, sampling its process tree's memory every 100 ms.
 * @param onLine called with each line the command prints, for progress.
 */
export function measure(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; onLine?: (line: string) => void }): Promise<Measured> {
  return new Promise((done) => {
    const started = process.hrtime.bigint();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let peakRss = 0;
    let peakProcessRss = 0;
    const sampler = setInterval(() => {
      if (child.pid === undefined) return;
      const sizes = processTree(child.pid).map(rss);
      peakRss = Math.max(peakRss, sizes.reduce((sum, size) => sum + size, 0));
      peakProcessRss = Math.max(peakProcessRss, ...sizes);
    }, 100);
    const lines: string[] = [];
    const collect = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (!line.trim()) continue;
        lines.push(line);
        if (lines.length > 40) lines.shift();
        options.onLine?.(line);
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('close', (exitCode) => {
      clearInterval(sampler);
      done({ exitCode, seconds: Number(process.hrtime.bigint() - started) / 1e9, peakRss, peakProcessRss, tail: lines.slice(-15).join('\n') });
    });
  });
}
