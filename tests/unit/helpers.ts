/**
 * The error a call throws, so that a test can assert its class and its exact message
 * (`toThrow("text")` would accept any message that merely contains the text).
 * @throws {Error} when the call returns instead of throwing.
 */
export function thrown(call: () => unknown): Error {
  try {
    call();
  } catch (error) {
    if (error instanceof Error) return error;
    throw new Error(`expected an Error, the call threw ${String(error)}`);
  }
  throw new Error('expected the call to throw, it returned');
}
