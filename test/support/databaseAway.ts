import type { Store } from '../../src/store';

/** What Prisma throws when the database server cannot be reached. */
function unreachable(): Error {
  return Object.assign(new Error("Can't reach database server at 127.0.0.1:5432"), { code: 'P1001' });
}

/**
 * Takes the database away from a running app: from now on every store call fails the way an
 * unreachable server makes Prisma fail (P1001), whichever engine the test runs on. Returns a
 * function that brings it back.
 */
export function takeDatabaseAway(store: Store): () => void {
  const taken: (() => void)[] = [];
  for (const [name, area] of Object.entries(store) as [string, Record<string, unknown>][]) {
    if (name === 'database') continue;
    for (const key of Object.getOwnPropertyNames(Object.getPrototypeOf(area))) {
      if (key === 'constructor' || typeof area[key] !== 'function') continue;
      area[key] = () => Promise.reject(unreachable());
      taken.push(() => delete area[key]);
    }
  }
  return () => {
    for (const bringBack of taken) bringBack();
  };
}
