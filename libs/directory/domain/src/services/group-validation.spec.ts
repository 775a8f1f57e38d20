import { describe, expect, it } from 'vitest';
import { ValidationFailedError } from '@tsunagaru/shared-kernel';
import { IssueCollector, validatePrivateContact } from './group-validation';

function issuesOf(contact: Parameters<typeof validatePrivateContact>[0]) {
  const issues = new IssueCollector();
  validatePrivateContact(contact, issues);
  try {
    issues.throwIfAny();
    return [];
  } catch (error) {
    return (error as ValidationFailedError).issues.map((issue) => `${issue.field.join('.')} ${issue.code}`);
  }
}

describe('validatePrivateContact', () => {
  it('names every problem by its full path inside privateContact', () => {
    expect(issuesOf({ representativeName: ' ', email: '', phone: 'abc', postalCode: '2480' })).toEqual([
      'privateContact.representativeName REQUIRED',
      'privateContact.email REQUIRED',
      'privateContact.phone INVALID_FORMAT',
      'privateContact.postalCode INVALID_FORMAT',
    ]);
    expect(issuesOf({ representativeName: 'あ'.repeat(101), email: 'not-an-email' })).toEqual([
      'privateContact.representativeName TOO_LONG',
      'privateContact.email INVALID_FORMAT',
    ]);
  });

  it('asks for the contact itself when it is missing', () => {
    expect(issuesOf(null)).toEqual(['privateContact REQUIRED']);
  });
});
