import type { FieldProblem } from './domain/inputError';

/** Codes of the errors Tandem expects; each becomes a specific message at the Slack edge. */
export const ErrorCode = {
  InvalidInput: 'tandem_invalid_input',
  NotFound: 'tandem_not_found',
  VersionConflict: 'tandem_version_conflict',
  DatabaseUnavailable: 'tandem_database_unavailable',
  MigrationFailed: 'tandem_migration_failed',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class TandemError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class InvalidInputError extends TandemError {
  constructor(readonly problems: FieldProblem[]) {
    super(ErrorCode.InvalidInput, problems.map((each) => `${each.field}: ${each.code}`).join('; '));
  }
}

export class NotFoundError extends TandemError {
  constructor(
    readonly entity: string,
    readonly reference: string,
  ) {
    super(ErrorCode.NotFound, `${entity} ${reference} does not exist in this team`);
  }
}

/** Someone else saved the record first; `current` is what they saved. */
export class VersionConflictError<T = unknown> extends TandemError {
  constructor(
    readonly entity: string,
    readonly reference: string,
    readonly current: T,
  ) {
    super(ErrorCode.VersionConflict, `${entity} ${reference} was changed by someone else`);
  }
}

export class DatabaseUnavailableError extends TandemError {
  constructor(override readonly cause: unknown) {
    super(ErrorCode.DatabaseUnavailable, 'the database did not answer');
  }
}

export function isTandemError(error: unknown): error is TandemError {
  return error instanceof TandemError;
}
