import { Kind, visit, type DocumentNode } from 'graphql';

export type TextProblem = { kind: 'too-long'; where: string; length: number } | { kind: 'nul'; where: string };

function inspect(text: string, where: string, maxLength: number): TextProblem | null {
  // PostgreSQL text cannot hold U+0000; refusing it here keeps it from ever reaching SQL.
  if (text.includes('\u0000')) return { kind: 'nul', where };
  if (text.length > maxLength) return { kind: 'too-long', where, length: text.length };
  return null;
}

/** The first string in a variables object that is too long or holds a NUL character; a loop, not recursion, so no nesting is too deep to check. */
function inspectValue(root: unknown, maxLength: number): TextProblem | null {
  const pending: Array<[unknown, string]> = [[root, 'variables']];
  while (pending.length > 0) {
    const [value, where] = pending.pop()!;
    if (typeof value === 'string') {
      const problem = inspect(value, where, maxLength);
      if (problem) return problem;
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => pending.push([item, `${where}.${index}`]));
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) pending.push([item, `${where}.${key}`]);
    }
  }
  return null;
}

/**
 * Checks every text a request carries, in the document's string literals and in its variables:
 * free text longer than `maxLength` or with a NUL character is a client error, caught before a
 * resolver, a search or the database spends time on it.
 */
export function findTextProblem(document: DocumentNode, variables: Record<string, unknown> | undefined, maxLength: number): TextProblem | null {
  return literalProblemOf(document, maxLength) ?? inspectValue(variables ?? {}, maxLength);
}

// The server keeps one parsed document per distinct query text, so its literals are checked once
// per document and limit, not on every request (the variables still are).
const literalProblems = new WeakMap<DocumentNode, Map<number, TextProblem | null>>();

function literalProblemOf(document: DocumentNode, maxLength: number): TextProblem | null {
  let byLimit = literalProblems.get(document);
  if (!byLimit) literalProblems.set(document, (byLimit = new Map()));
  if (!byLimit.has(maxLength)) byLimit.set(maxLength, findLiteralProblem(document, maxLength));
  return byLimit.get(maxLength)!;
}

function findLiteralProblem(document: DocumentNode, maxLength: number): TextProblem | null {
  let problem: TextProblem | null = null;
  visit(document, {
    [Kind.ARGUMENT]: (argument) => {
      // A string given straight to an argument is named by it; strings inside input objects are found below.
      if (!problem && argument.value.kind === Kind.STRING) problem = inspect(argument.value.value, `argument "${argument.name.value}"`, maxLength);
    },
    [Kind.STRING]: (node) => {
      if (!problem) problem = inspect(node.value, 'a text literal', maxLength);
    },
  });
  return problem;
}
