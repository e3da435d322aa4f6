/** Thrown by a page whose record does not exist (or is not visible to the user); the route boundary shows a 404. */
export class NotFoundError extends Error {
  readonly entityType?: string;

  constructor(entityType?: string) {
    super(entityType ? `${entityType} not found` : 'Not found');
    this.name = 'NotFoundError';
    this.entityType = entityType;
  }
}

export function isNotFoundError(error: unknown): error is NotFoundError {
  return error instanceof NotFoundError;
}
