/**
 * A deadline for reads from Postgres or Redis made while answering HTTP or CLI requests. BullMQ's
 * Redis connections use `maxRetriesPerRequest: null` (required for blocking commands), so a
 * command issued while Redis is down waits forever instead of failing; pages and checks must not.
 */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
    // The losing promise may still reject later; keep that from becoming an unhandled rejection.
    promise.catch(() => undefined);
  }
}
