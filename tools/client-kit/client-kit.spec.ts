import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { supergraphPath } from '@tsunagaru/platform/paths';
import { checkSchemaChanges, INTENDED_PATH } from './breaking-changes';
import { GENERATED_PATH, generateClientTypes } from './codegen';
import { PUBLIC_SCHEMA_PATH, publicSchemaSdl, RELEASED_SCHEMA_PATH } from './public-schema';

const publicSchema = readFileSync(PUBLIC_SCHEMA_PATH, 'utf8');

/** The schema with one change inside `type <name> { … }` only. */
function editType(sdl: string, name: string, edit: (body: string) => string): string {
  const start = sdl.indexOf(`\ntype ${name} {`);
  const end = sdl.indexOf('\n}', start);
  expect(start).toBeGreaterThan(0);
  const edited = `${sdl.slice(0, start)}${edit(sdl.slice(start, end))}${sdl.slice(end)}`;
  expect(edited).not.toBe(sdl);
  return edited;
}

describe('the public schema file', () => {
  it('is the committed supergraph’s API schema (run npm run supergraph:compose), with no federation internals', () => {
    expect(publicSchema).toBe(publicSchemaSdl(readFileSync(supergraphPath(), 'utf8')));
    expect(publicSchema).not.toMatch(/join__|link__|_entities|_service|@join|@link|_Any\b/);
    expect(publicSchema).toMatch(/^type Query \{/m);
  });
});

describe('the typed client example (graphql-codegen)', () => {
  it('is generated from the public schema and the example operations, and committed as generated', async () => {
    expect(await generateClientTypes(publicSchema)).toBe(readFileSync(GENERATED_PATH, 'utf8'));
  });

  it('fails when a field an operation uses is renamed in the schema', async () => {
    const renamed = editType(publicSchema, 'Group', (body) => body.replace(/\n(\s+)nameKana: String!/, '\n$1nameReading: String!'));
    await expect(generateClientTypes(renamed)).rejects.toThrow(/Cannot query field "nameKana" on type "Group"/);
  });
});

describe('the breaking-change check (graphql-inspector)', () => {
  const released = readFileSync(RELEASED_SCHEMA_PATH, 'utf8');

  it('passes the current public schema against the released one, with the breaking changes listed as intended', async () => {
    const { intended } = JSON.parse(readFileSync(INTENDED_PATH, 'utf8')) as { intended: Array<{ path: string; reason: string }> };
    for (const change of intended) expect(change.reason.length).toBeGreaterThan(10);
    expect((await checkSchemaChanges(released, publicSchema, intended)).unintended).toEqual([]);
  });

  it('fails on a removed field, unless it is listed as intended', async () => {
    const removed = editType(publicSchema, 'Group', (body) => body.replace(/\n\s+(?:"""[^"]*"""\n\s+)?memberCount: Int/, ''));
    const result = await checkSchemaChanges(publicSchema, removed, []);
    expect(result.unintended.map((change) => change.path)).toEqual(['Group.memberCount']);
    expect((await checkSchemaChanges(publicSchema, removed, [{ path: 'Group.memberCount', reason: 'test' }])).unintended).toEqual([]);
  });

  it('passes on an added field', async () => {
    const added = editType(publicSchema, 'Group', (body) => body.replace(/\n(\s+)memberCount: Int/, '\n$1memberCount: Int\n$1nickname: String'));
    const result = await checkSchemaChanges(publicSchema, added, []);
    expect(result.breaking).toEqual([]);
    expect(result.safe.map((change) => change.path)).toContain('Group.nickname');
  });
});
