import { Directive, Field, ObjectType } from 'type-graphql';
import { ValidationFailedError, type FieldIssue } from '@tsunagaru/shared-kernel';

@Directive('@shareable')
@ObjectType('UserError', { description: 'A problem with the input of a mutation, reported instead of a change (入力エラー).' })
export class UserError {
  @Field(() => [String], { description: 'Path of the input field, e.g. ["input", "nameKana"].' })
  field!: string[];

  @Field(() => String, { description: 'Human-readable explanation.' })
  message!: string;

  @Field(() => String, { description: 'Stable machine-readable reason, e.g. REQUIRED, TOO_LONG, INVALID_FORMAT.' })
  code!: string;
}

/**
 * Runs a mutation's domain call and turns validation failures into `userErrors` on the
 * payload, with field paths that start at the mutation's argument (`input` by convention).
 * Every other domain error propagates to the shared error mapping.
 */
export async function withUserErrors<T extends object>(
  run: () => Promise<T>,
  argument = 'input',
): Promise<(T & { userErrors: UserError[] }) | { userErrors: UserError[] }> {
  try {
    const result = await run();
    return { ...result, userErrors: [] };
  } catch (error) {
    if (error instanceof ValidationFailedError) return { userErrors: error.issues.map((issue) => toUserError(argument, issue)) };
    throw error;
  }
}

/**
 * Runs a query's domain call; validation failures stay BAD_USER_INPUT errors but their
 * field paths start at the named argument (`filter`, …), as the client wrote it.
 */
export async function withArgumentPath<T>(argument: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ValidationFailedError) {
      throw new ValidationFailedError(error.issues.map((issue) => ({ ...issue, field: [argument, ...issue.field] })));
    }
    throw error;
  }
}

function toUserError(argument: string, issue: FieldIssue): UserError {
  return Object.assign(new UserError(), { ...issue, field: [argument, ...issue.field] });
}
