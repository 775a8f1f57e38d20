/**
 * The cache hint a subgraph's Cache-Control states, as @apollo/gateway reads it: `max-age`
 * (0 when absent, `no-store` included) and the scope. The gateway's response is at most as
 * cacheable as the least cacheable subgraph answer it used.
 */
export function cacheHintOf(header: string | undefined | null): { maxAge: number; scope?: 'PUBLIC' | 'PRIVATE' } {
  const hint: { maxAge: number; scope?: 'PUBLIC' | 'PRIVATE' } = { maxAge: 0 };
  for (const part of (header ?? '').split(',')) {
    const [name, value] = part.trim().toLowerCase().split('=');
    if (name === 'max-age' && value && /^[0-9]+$/.test(value)) hint.maxAge = Number(value);
    else if (name === 'private') hint.scope = 'PRIVATE';
    else if (name === 'public' && hint.scope !== 'PRIVATE') hint.scope = 'PUBLIC';
    else if (name === 'no-store') return { maxAge: 0 };
  }
  return hint;
}
