/**
 * Login throttling: after `maxFailures` failed logins for one key (a username, or an address)
 * within `windowMs`, further attempts are refused until the oldest failure leaves the window.
 * In memory: a restart forgets, which only ever errs towards letting a real user in.
 */
export interface LoginThrottle {
  /** Milliseconds until `key` may try again; 0 when it may try now. */
  retryAfterMs(key: string, now?: number): number;
  fail(key: string, now?: number): void;
  succeed(key: string): void;
}

export function loginThrottle(maxFailures = 5, windowMs = 15 * 60_000): LoginThrottle {
  const failures = new Map<string, number[]>();
  const recent = (key: string, now: number): number[] => {
    const list = (failures.get(key) ?? []).filter((t) => now - t < windowMs);
    if (list.length) failures.set(key, list);
    else failures.delete(key);
    return list;
  };
  return {
    retryAfterMs(key, now = Date.now()) {
      const list = recent(key, now);
      if (list.length < maxFailures) return 0;
      return windowMs - (now - (list[list.length - maxFailures] ?? now));
    },
    fail(key, now = Date.now()) {
      failures.set(key, [...recent(key, now), now]);
    },
    succeed(key) {
      failures.delete(key);
    },
  };
}
