/**
 * One error type per failure kind. Each carries its HTTP status (rendered as {"error", "code"} in one place,
 * src/http/error-handler.ts) and its CLI exit code (src/cli/run-command.ts).
 * Messages are written for the caller and must never contain secrets.
 */
export class CanopyError extends Error {
  readonly status: number = 500;
  readonly exitCode: number = 1;
  override name = 'CanopyError';
}

export class BadRequestError extends CanopyError {
  override readonly status = 400;
  override readonly exitCode = 2;
  override name = 'BadRequestError';
}

export class UnauthorizedError extends CanopyError {
  override readonly status = 401;
  override name = 'UnauthorizedError';
  constructor(message = 'A valid API key is required.') {
    super(message);
  }
}

export class ForbiddenError extends CanopyError {
  override readonly status = 403;
  override name = 'ForbiddenError';
}

/** Missing, or outside the caller's account subtree: the two are never told apart. */
export class NotFoundError extends CanopyError {
  override readonly status = 404;
  override name = 'NotFoundError';
  constructor(message = 'Not Found.') {
    super(message);
  }
}

export class ConflictError extends CanopyError {
  override readonly status = 409;
  override name = 'ConflictError';
}

/** A limit was reached; the answer carries Retry-After. */
export class TooManyRequestsError extends CanopyError {
  override readonly status = 429;
  override name = 'TooManyRequestsError';
  constructor(message: string, readonly retryAfterSeconds: number) {
    super(message);
  }
}

/** Configuration or environment problems found at start-up (exit code 78, EX_CONFIG). */
export class ConfigError extends CanopyError {
  override readonly exitCode = 78;
  override name = 'ConfigError';
}
