import { EventEmitter } from 'node:events';
import { keepServingAfterFaults } from '../src/runtime/processFaults';
import { createTestLogger } from './support/testLogger';

describe('keepServingAfterFaults', () => {
  it('logs an unhandled rejection and an uncaught exception instead of letting them end the process', () => {
    const target = new EventEmitter();
    const logger = createTestLogger();
    keepServingAfterFaults(target as unknown as NodeJS.Process, logger);

    target.emit('unhandledRejection', new Error('lost reply'), Promise.resolve());
    target.emit('uncaughtException', new Error('bad parse'), 'uncaughtException');

    expect(logger.lines.map((line) => line.message)).toEqual([
      expect.stringContaining('nothing handled it; the app keeps serving'),
      expect.stringContaining('uncaught exception (uncaughtException); the app keeps serving'),
    ]);
  });
});
