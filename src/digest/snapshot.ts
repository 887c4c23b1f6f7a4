import type { DigestFigures } from '../domain/digestFigures';

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** The figures a digest posted, as stored with its run. */
export function writeFiguresSnapshot(figures: DigestFigures): string {
  return JSON.stringify(figures);
}

/**
 * Reads a stored snapshot back, with its instants as Dates again; one stored before money had
 * rates names nothing left out.
 */
export function readFiguresSnapshot(json: string): DigestFigures {
  const figures = JSON.parse(json, (_key, value: unknown) =>
    typeof value === 'string' && ISO_INSTANT.test(value) ? new Date(value) : value,
  ) as Omit<DigestFigures, 'leftOut'> & { leftOut?: DigestFigures['leftOut'] };
  return { ...figures, leftOut: figures.leftOut ?? [] };
}
