/**
 * Login throttling: after `maxFailures` failed logins for one key (a username, or an address)
 * within `windowMs`, further attempts are refused until the oldest failure leaves the window.
 *
 * An attempt counts as a failure from the moment it starts (`begin`) until it succeeds, so
 * many requests sent in parallel cannot all slip in while the password hash is computed. In
 * memory: a restart forgets, which only ever errs towards letting a real user in; old keys are
 * swept so a spray of made-up usernames cannot grow it without bound.
 */
export interface LoginThrottle {
  /** Milliseconds until `key` may try again; 0 when it may try now. */
  retryAfterMs(key: string, now?: number): number;
  /** Counts an attempt as a failure until it is forgiven; returns its timestamp. */
  begin(key: string, now?: number): number;
  /** The attempt begun at `at` succeeded: that one attempt no longer counts. */
  forgive(key: string, at: number): void;
  /** Every failure of `key` is forgotten (a correct password for that account). */
  succeed(key: string): void;
  /** Keys tracked now (for tests). */
  readonly size: number;
}

export function loginThrottle(maxFailures = 5, windowMs = 15 * 60_000, maxKeys = 100_000): LoginThrottle {
  const failures = new Map<string, number[]>();
  const recent = (key: string, now: number): number[] => {
    const list = (failures.get(key) ?? []).filter((t) => now - t < windowMs);
    if (list.length) failures.set(key, list);
    else failures.delete(key);
    return list;
  };
  const sweep = (now: number): void => {
    for (const key of [...failures.keys()]) recent(key, now);
    // Still too many (a flood inside one window): forget the oldest keys first.
    for (const key of failures.keys()) {
      if (failures.size <= maxKeys) break;
      failures.delete(key);
    }
  };
  return {
    retryAfterMs(key, now = Date.now()) {
      const list = recent(key, now);
      if (list.length < maxFailures) return 0;
      return windowMs - (now - (list[list.length - maxFailures] ?? now));
    },
    begin(key, now = Date.now()) {
      failures.set(key, [...recent(key, now), now]);
      if (failures.size > maxKeys) sweep(now);
      return now;
    },
    forgive(key, at) {
      const list = failures.get(key) ?? [];
      const i = list.lastIndexOf(at);
      if (i >= 0) list.splice(i, 1);
      if (list.length === 0) failures.delete(key);
    },
    succeed(key) {
      failures.delete(key);
    },
    get size() {
      return failures.size;
    },
  };
}
