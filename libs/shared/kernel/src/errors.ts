/**
 * Domain errors. Services throw these and never import GraphQL; the GraphQL layer maps
 * each `code` to `extensions.code` in one place (shared/graphql's error mapping).
 */
export type DomainErrorCode = 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT';

export abstract class DomainError extends Error {
  abstract readonly code: DomainErrorCode;
}

/** One problem with one input field, reported back to the caller as a user error. */
export interface FieldIssue {
  /**
   * Path of the field within what the domain operation received, e.g. ['privateContact', 'email'].
   * Domain code knows nothing of GraphQL arguments; the GraphQL layer prefixes the argument name.
   */
  field: string[];
  message: string;
  /** Stable machine-readable reason, e.g. TOO_LONG, REQUIRED, INVALID_FORMAT. */
  code: string;
}

export class ValidationFailedError extends DomainError {
  readonly code = 'BAD_USER_INPUT' as const;
  constructor(readonly issues: FieldIssue[]) {
    super(issues.map((issue) => `${issue.field.join('.')}: ${issue.message}`).join('; '));
  }
}

export class UnauthenticatedError extends DomainError {
  readonly code = 'UNAUTHENTICATED' as const;
  constructor(message = 'Authentication is required.') {
    super(message);
  }
}

export class ForbiddenError extends DomainError {
  readonly code = 'FORBIDDEN' as const;
  constructor(message = 'You are not allowed to do this.') {
    super(message);
  }
}

export class NotFoundError extends DomainError {
  readonly code = 'NOT_FOUND' as const;
  constructor(entity: string, id: string) {
    super(`${entity} ${id} was not found.`);
  }
}

export class ConflictError extends DomainError {
  readonly code = 'CONFLICT' as const;
}
