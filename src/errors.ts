/**
 * One error type per failure kind. Each carries its HTTP status, a stable machine-readable `reason` (rendered as
 * {"error", "code", "reason"} in one place, src/http/error-handler.ts; the reasons are listed in docs/api.md) and its
 * CLI exit code (src/cli/run-command.ts). Messages are written for the caller and must never contain secrets.
 */
export class CanopyError extends Error {
  readonly status: number = 500;
  readonly exitCode: number = 1;
  /** Stable across releases (clients branch on it); the message may change. */
  readonly reason: string;
  override name = 'CanopyError';
  constructor(message?: string, opts: { reason?: string; cause?: unknown } = {}) {
    super(message, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.reason = opts.reason ?? this.defaultReason();
  }
  protected defaultReason(): string {
    return 'internal';
  }
}

export class BadRequestError extends CanopyError {
  override readonly status = 400;
  override readonly exitCode = 2;
  override name = 'BadRequestError';
  protected override defaultReason() {
    return 'invalid_request';
  }
}

export class UnauthorizedError extends CanopyError {
  override readonly status = 401;
  override name = 'UnauthorizedError';
  constructor(message = 'A valid API key is required.') {
    super(message);
  }
  protected override defaultReason() {
    return 'unauthorized';
  }
}

export class ForbiddenError extends CanopyError {
  override readonly status = 403;
  override name = 'ForbiddenError';
  protected override defaultReason() {
    return 'forbidden';
  }
}

/** Missing, or outside the caller's account subtree: the two are never told apart. */
export class NotFoundError extends CanopyError {
  override readonly status = 404;
  override name = 'NotFoundError';
  constructor(message = 'Not Found.') {
    super(message);
  }
  protected override defaultReason() {
    return 'not_found';
  }
}

export class ConflictError extends CanopyError {
  override readonly status = 409;
  override name = 'ConflictError';
  protected override defaultReason() {
    return 'conflict';
  }
}

/** A limit was reached; the answer carries Retry-After. */
export class TooManyRequestsError extends CanopyError {
  override readonly status = 429;
  override name = 'TooManyRequestsError';
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
  protected override defaultReason() {
    return 'rate_limited';
  }
}

/** Configuration or environment problems found at start-up (exit code 78, EX_CONFIG). */
export class ConfigError extends CanopyError {
  override readonly exitCode = 78;
  override name = 'ConfigError';
  protected override defaultReason() {
    return 'config';
  }
}

/** A portal (or other upstream) failed the request: 502, 503 while it is paused, 504 when it did not answer in time. */
export class UpstreamError extends CanopyError {
  override readonly status: 502 | 503 | 504;
  override readonly exitCode = 3;
  override name = 'UpstreamError';
  constructor(message: string, status: 502 | 503 | 504, opts: { reason: string; cause?: unknown }) {
    super(message, opts);
    this.status = status;
  }
  protected override defaultReason() {
    return 'upstream_error';
  }
}
