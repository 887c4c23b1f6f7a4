import type { DigestFigures } from '../domain/digestFigures';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** The figures a digest posted, as stored with its run. */
export function writeFiguresSnapshot(figures: DigestFigures): string {
  return JSON.stringify(figures);
}

/** Reads a stored snapshot back, with its instants as Dates again. */
export function readFiguresSnapshot(json: string): DigestFigures {
  return JSON.parse(json, (_key, value: unknown) =>
    typeof value === 'string' && ISO_INSTANT.test(value) ? new Date(value) : value,
  ) as DigestFigures;
}
