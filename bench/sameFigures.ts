import type { IcpFigures } from '../src/domain/icpProfile';

/**
 * Where two results differ, as a path ("kpis.winRatePct.current: 47.1 ≠ 47.2"), or undefined
 * when they agree. Numbers agree within a relative 1e-9, since the two SQL shapes may add floating
 * point values in another order; instants compare by time.
 */
export function firstDifference(left: unknown, right: unknown, path = ''): string | undefined {
  if (typeof left === 'number' && typeof right === 'number') {
    const scale = Math.max(1, Math.abs(left), Math.abs(right));
    return Math.abs(left - right) <= 1e-9 * scale ? undefined : `${path}: ${left} ≠ ${right}`;
  }
  if (left instanceof Date && right instanceof Date) {
    return left.getTime() === right.getTime()
      ? undefined
      : `${path}: ${left.toISOString()} ≠ ${right.toISOString()}`;
  }
  if (Array.isArray(left) && Array.isArray(right)) {
    if (left.length !== right.length) return `${path}: ${left.length} items ≠ ${right.length} items`;
    for (const [index, item] of left.entries()) {
      const difference = firstDifference(item, right[index], `${path}[${index}]`);
      if (difference) return difference;
    }
    return undefined;
  }
  if (left && right && typeof left === 'object' && typeof right === 'object') {
    const keys = new Set([...Object.keys(left), ...Object.keys(right)]);
    for (const key of keys) {
      const difference = firstDifference(
        (left as Record<string, unknown>)[key],
        (right as Record<string, unknown>)[key],
        path ? `${path}.${key}` : key,
      );
      if (difference) return difference;
    }
    return undefined;
  }
  return Object.is(left, right) ? undefined : `${path}: ${String(left)} ≠ ${String(right)}`;
}

/** ICP figures with their values in one order, so results of different SQL shapes compare. */
export function sortedIcpFigures(figures: IcpFigures): IcpFigures {
  const key = (value: IcpFigures['values'][number]) => `${value.attribute}\u0000${value.value ?? ''}`;
  return {
    ...figures,
    values: [...figures.values].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)),
  };
}
