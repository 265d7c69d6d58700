/**
 * A promise a test releases when it chooses, to hold a handler (or a store operation) at a
 * chosen moment. With `timeoutMs` it also releases itself then: "a handler that takes 10 s"
 * without making the suite wait 10 s.
 * @example const { promise, release } = gate(10_000); // a handler awaits `promise`; the test calls release()
 */
export function gate(timeoutMs?: number): { promise: Promise<void>; release(): void } {
  let release: () => void = () => undefined;
  const promise = new Promise<void>((resolve) => {
    const timer = timeoutMs === undefined ? undefined : setTimeout(resolve, timeoutMs);
    release = () => {
      clearTimeout(timer);
      resolve();
    };
  });
  return { promise, release: () => release() };
}
