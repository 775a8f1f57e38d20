import { allows, requirePrincipal, type Policy, type Principal } from './access';
import { ValidationFailedError, type FieldIssue } from './errors';

/** Collects every problem with an input at once, so a form can show them all, then throws. */
export class IssueCollector {
  private readonly issues: FieldIssue[] = [];

  add(field: string | string[], code: string, message: string): void {
    this.issues.push({ field: Array.isArray(field) ? field : [field], code, message });
  }

  /** `field` is a name or a path; messages name its last segment. Blank counts as missing. */
  text(field: string | string[], value: string | null | undefined, maxLength: number, required: boolean): void {
    const name = Array.isArray(field) ? field[field.length - 1] : field;
    if (value === undefined || value === null) {
      if (required) this.add(field, 'REQUIRED', `${name} is required.`);
      return;
    }
    if (required && value.trim().length === 0) this.add(field, 'REQUIRED', `${name} must not be blank.`);
    else if (value.length > maxLength) this.add(field, 'TOO_LONG', `${name} must be at most ${maxLength} characters.`);
  }

  get empty(): boolean {
    return this.issues.length === 0;
  }

  throwIfAny(): void {
    if (this.issues.length > 0) throw new ValidationFailedError(this.issues);
  }
}

/** A refusal reported as a user error on one input field: the operation changed nothing. */
export function refuse(field: string, code: string, message: string): ValidationFailedError {
  return new ValidationFailedError([{ field: [field], code, message }]);
}

/**
 * The workflows' rule for refusals: an anonymous caller is UNAUTHENTICATED; a signed-in caller
 * the policy refuses gets a user error (code FORBIDDEN) on the field that named the record,
 * and nothing changes. Returns the principal.
 */
export function authorizeOrRefuse<Subject>(policy: Policy<Subject>, caller: Principal | null | undefined, subject: Subject, field: string): Principal {
  const principal = requirePrincipal(caller);
  if (!allows(policy, principal, subject)) throw refuse(field, 'FORBIDDEN', policy.denial);
  return principal;
}

/** Who acted, as histories and records keep it: the token's subject and display name. */
export function actorOf(principal: Principal): { subject: string; name: string | null } {
  return { subject: principal.subject, name: principal.displayName ?? null };
}
