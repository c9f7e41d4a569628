/**
 * Progress of a test's long step (the build of a copy of the project, which takes from seconds to
 * minutes on a busy 2-core machine), on stderr: a line when it starts, one every 15 seconds while
 * it runs, and one when it ends, so that no test is silent for more than 15 seconds.
 */
export async function withProgress<T>(label: string, work: Promise<T>, every = 15_000): Promise<T> {
  const start = Date.now();
  const seconds = () => Math.round((Date.now() - start) / 1000);
  console.error(`${label}…`);
  const timer = setInterval(() => console.error(`${label}: ${seconds()} s so far`), every);
  try {
    return await work;
  } finally {
    clearInterval(timer);
    console.error(`${label}: done in ${seconds()} s`);
  }
}
