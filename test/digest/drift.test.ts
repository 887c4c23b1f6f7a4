import { describeDrift, figuresDrift } from '../../src/digest/drift';
import { readFiguresSnapshot, writeFiguresSnapshot } from '../../src/digest/snapshot';
import { digestFiguresFixture, digestStyle } from '../support/digestFigures';

const style = digestStyle();

describe('late-data drift', () => {
  const posted = digestFiguresFixture();

  it('finds the KPIs whose value changed since posting and words them', () => {
    const now = digestFiguresFixture({
      flow: { ...posted.flow, wonValueMinor: { current: 6_272_000, previous: 5_000_000 } },
      kpis: { ...posted.kpis, winRatePct: { current: 62.5, previous: 37.5 } },
    });
    const drifts = figuresDrift(posted, now);
    expect(drifts.map((drift) => drift.line.key)).toEqual(['digest.kpi.wonValue', 'digest.kpi.winRate']);
    expect(describeDrift(3, drifts, style)).toBe(
      '3 late entries change won value by +12 %, win rate by +5.4 pp',
    );
  });

  it('says when late entries changed nothing, and words a change from n/a', () => {
    expect(describeDrift(1, [], style)).toBe('1 late entry, no figure changed');
    const now = digestFiguresFixture({
      kpis: { ...posted.kpis, customerAcquisitionCostMinor: { current: null, previous: null } },
    });
    expect(describeDrift(1, figuresDrift(posted, now), style)).toBe(
      '1 late entry changes customer acquisition cost from EUR\u00a04,000 to n/a',
    );
  });

  it('stores and reads a snapshot with its dates intact', () => {
    const read = readFiguresSnapshot(writeFiguresSnapshot(posted));
    expect(read).toEqual(posted);
    expect(read.period.start).toBeInstanceOf(Date);
    expect(figuresDrift(posted, read)).toEqual([]);
  });

  it('reads a snapshot posted before a figure existed: no drift claimed for it, nothing left out', () => {
    const older = JSON.parse(writeFiguresSnapshot(posted)) as Record<string, Record<string, unknown>>;
    delete older.kpis?.negotiationSuccessPct;
    delete older.kpis?.averageDaysLeadToCustomer;
    delete older.flow?.winsWithoutDiscount;
    delete older.leftOut;
    const read = readFiguresSnapshot(JSON.stringify(older));
    expect(read.leftOut).toEqual([]);
    expect(figuresDrift(read, posted)).toEqual([]);
  });
});
