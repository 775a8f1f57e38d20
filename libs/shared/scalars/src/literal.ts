import { Kind, print, type ValueNode } from 'graphql';

/**
 * The text of a string literal, or a TypeError naming the scalar. graphql-js turns a
 * TypeError thrown while parsing into a client error that quotes the value: a validation
 * error for a literal, BAD_USER_INPUT for a variable.
 */
export function stringLiteral(node: ValueNode, scalar: string, rule: string): string {
  if (node.kind !== Kind.STRING) throw new TypeError(`${scalar} is written as a string, not ${print(node)}: ${rule}`);
  return node.value;
}
