/**
 * A seeded pseudo-random source (mulberry32): the same seed gives the same data on every machine,
 * so benchmark runs and their figures can be compared.
 */
export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let mixed = this.state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4_294_967_296;
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  /** A whole number in [min, max]. */
  integer(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new RangeError('pick from an empty list');
    return item;
  }

  /** An item chosen with probability proportional to its weight. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let point = this.next() * total;
    for (const [item, weight] of items) {
      point -= weight;
      if (point < 0) return item;
    }
    const last = items.at(-1);
    if (!last) throw new RangeError('weighted pick from an empty list');
    return last[0];
  }

  /** Exponentially distributed with the given mean: waiting times between pipeline moves. */
  exponential(mean: number): number {
    return -Math.log(1 - this.next()) * mean;
  }

  /** A primary key shaped like Prisma's cuid(), from this source so ids are reproducible too. */
  rowId(): string {
    let id = 'c';
    for (let index = 0; index < 24; index += 1) id += ID_ALPHABET[Math.floor(this.next() * 36)];
    return id;
  }
}

const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
