/** Reads a yes/no environment variable: 1, true or yes mean yes. */
export function envFlag(value: string | undefined, fallback: boolean): boolean {
  return value === undefined ? fallback : ['1', 'true', 'yes'].includes(value.toLowerCase());
}
