/**
 * Waits `ms` milliseconds. Rejects with `signal.reason` as soon as the signal aborts (at once if it
 * already has), and clears its timer then, so an aborted wait keeps no process alive.
 *
 * @example
 *   await delay(250, controller.signal); // throws the abort reason if aborted meanwhile
 */
export function delay(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, Math.max(0, ms));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
