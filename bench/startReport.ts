import { CONCURRENCY } from './startBench';
import type { StartRecord } from './results';

const ACK_RATIO_TARGET = 1.5;

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** The "right after start" table: first command, ack p99 beside a bare Bolt app right after start and warm. */
export function startTable(records: readonly StartRecord[] | undefined): string {
  if (!records || records.length === 0) return 'Not measured yet: `npm run bench -- --only-start`.';
  const header = [
    'engine',
    'start (ms)',
    'first /lead ack / answer (ms)',
    'warm /lead ack / answer (ms)',
    `ack p99 @${CONCURRENCY} right after start: Tandem / bare Bolt (ms)`,
    `ack p99 @${CONCURRENCY} warm: Tandem / bare Bolt (ms)`,
    `within ${ACK_RATIO_TARGET} × bare`,
    'load avg',
  ];
  const ms = (value: number) => value.toFixed(0);
  const burst = (b: StartRecord['warm']) =>
    `${b.tandemP99Ms} / ${b.bareP99Ms} (${b.ratio.toFixed(2)} ×)${b.errors > 0 ? `, ${b.errors} errors` : ''}`;
  return [
    row(header),
    row(header.map(() => '---')),
    ...records.map((record) =>
      row([
        record.engine,
        ms(record.startMs),
        `${ms(record.first.ackMs)} / ${ms(record.first.answerMs)}`,
        `${ms(record.warmSingle.ackMs)} / ${ms(record.warmSingle.answerMs)}`,
        burst(record.rightAfterStart),
        burst(record.warm),
        record.rightAfterStart.ratio <= ACK_RATIO_TARGET && record.warm.ratio <= ACK_RATIO_TARGET
          ? 'yes'
          : 'no',
        record.loadAverage.toFixed(1),
      ]),
    ),
  ].join('\n');
}
