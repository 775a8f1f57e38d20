import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildASTSchema,
  getNamedType,
  getNullableType,
  isListType,
  isObjectType,
  parse,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/**
 * No list in the public graph may return more than 100 items per parent. A list-typed field
 * passes when it is the `edges` of a connection whose every field takes `first` and `after`
 * (the keyset helper caps `first` at 100; connection-arguments.system.spec.ts proves it on
 * each), when it takes a `first` itself, or when it is bounded by construction and listed
 * here with the reason.
 */
const BOUNDED_BY_CONSTRUCTION: Record<string, string> = {
  'Group.activityFields': 'distinct ActivityField values (validated on write): at most the 20 fields of the NPO law',
  'Group.districts': 'distinct District values (validated on write): at most the 5 districts',
  'GroupStatistics.byActivityField': 'one row per ActivityField value: 20',
  'GroupStatistics.byOrganizationType': 'one row per OrganizationType value: 9',
  'Query.proposalMetrics': 'aggregated rows; a breakdown beyond MAX_PROPOSAL_METRIC_ROWS (100) is refused with TOO_MANY_ROWS, never cut',
  'UserError.field': "a path into the mutation's input, no deeper than the input type",
  // Collaboration (issue 6): each bound is a CHECK constraint or a unique key in the collaboration schema.
  'Proposal.partnerGroups': 'partner_group_ids: cardinality <= 20 (CHECK)',
  'Proposal.history': 'one entry per move; moves only go forward (DRAFT … COMPLETED), so at most 7 entries',
  'Agreement.groups': 'group_ids: cardinality between 1 and 20 (CHECK)',
  'Agreement.parties': 'the department, at most 20 groups, at most one intermediary: 22',
  'Agreement.signatures': 'one per party on the current version (unique key): 22',
  'AgreementTerms.parties': 'one row per party and version (unique key): 22',
  'AgreementVersion.parties': 'one row per party and version (unique key): 22',
  'AgreementVersion.signatures': 'one per party and version (unique key): 22',
  'AgreementVersion.changedFields': 'names of the six terms a revision can change',
  'AgreementPartyTerms.roles': 'roles: cardinality <= 20 (CHECK)',
  // Engagement (issue 8): bounds are CHECK constraints, unique keys or enum values of the engagement schema.
  'Survey.questions': 'survey_question.position between 1 and 100, unique per survey',
  'Survey.results': 'one entry per question: at most 100',
  'SurveyQuestion.options': 'survey_option.position between 1 and 50, unique per question',
  'SurveyQuestionResult.options': 'choice: at most 50 options; scale: at most 10 points (CHECK); matrix: at most 10 items x 10 points',
  'SurveyQuestionResult.segments': 'one per value of the cross dimension: 20 activity fields, 9 organisation types or 6 districts',
  'SurveyResultSegment.options': 'as SurveyQuestionResult.options: at most 100',
  'SurveyResponse.answers': 'one per question of the survey: at most 100',
  'SurveyAnswer.chosen': 'options of one question: at most 50 (unique response, question, option)',
  'SurveyAnswer.matrix': 'items of one matrix question: at most 10',
  'Department.staffTraining': 'one row per TrainingAudience value: 4',
  'MeasureProgressReport.indicators': 'jsonb_array_length(indicators) <= 20 (CHECK)',
  'ConsultationStatistics.byTopic': 'one row per ConsultationTopic value: 5',
  'ConsultationStatistics.byOutcome': 'one row per ConsultationOutcome value: 5',
  'Consultation.participants': 'participants: cardinality between 1 and 30 (CHECK)',
  'Evaluation.scores': 'one per criterion (unique key): 5',
  // NPO apps (issue 10).
  'Group.apiClients': 'active apps of the group: registration refuses more than MAX_API_CLIENTS_PER_GROUP (20), counted under the group row lock',
  'ApiClient.scopes': 'distinct ApiScope values (validated on write): at most 7',
  'Viewer.scopes': 'distinct ApiScope values: at most 7',
  'Viewer.groups': "the token's groups, cut at MAX_VIEWER_GROUPS (20)",
  'Query.evaluationMetrics': 'aggregated rows; a breakdown beyond MAX_EVALUATION_METRIC_ROWS (100) is refused with TOO_MANY_ROWS, never cut',
};

/** Mutation payloads report problems with their input: a few per input field at most. */
const isUserErrorList = (field: GraphQLField<unknown, unknown>) => getNamedType(field.type).name === 'UserError';

const supergraph = readFileSync(resolve(__dirname, '../../apps/gateway/supergraph.graphql'), 'utf8');

function publicObjectTypes(schema: GraphQLSchema): GraphQLObjectType[] {
  return Object.values(schema.getTypeMap()).filter(
    (type): type is GraphQLObjectType => isObjectType(type) && !/^(__|join__|link__)/.test(type.name),
  );
}

const isConnection = (type: GraphQLObjectType) =>
  type.name.endsWith('Connection') && ['edges', 'pageInfo', 'totalCount'].every((name) => name in type.getFields());

function fieldsReturning(schema: GraphQLSchema, typeName: string): string[] {
  return publicObjectTypes(schema).flatMap((type) =>
    Object.values(type.getFields())
      .filter((field) => getNamedType(field.type).name === typeName)
      .map((field) => `${type.name}.${field.name}`),
  );
}

function takesPageArguments(field: GraphQLField<unknown, unknown>): boolean {
  const typeOf = (name: string) => field.args.find((arg) => arg.name === name)?.type.toString();
  return typeOf('first') === 'Int' && typeOf('after') === 'String';
}

describe('lists in the supergraph', () => {
  const schema = buildASTSchema(parse(supergraph), { assumeValidSDL: true });

  it('are connections paged by first/after, take a first, or are bounded by construction', () => {
    const unbounded: string[] = [];
    for (const type of publicObjectTypes(schema)) {
      for (const field of Object.values(type.getFields())) {
        if (!isListType(getNullableType(field.type))) continue;
        const coordinate = `${type.name}.${field.name}`;
        if (isConnection(type) && field.name === 'edges') continue;
        if (field.args.some((arg) => arg.name === 'first')) continue;
        if (coordinate in BOUNDED_BY_CONSTRUCTION || isUserErrorList(field)) continue;
        unbounded.push(coordinate);
      }
    }
    expect(unbounded).toEqual([]);
  });

  it('page every connection with first and after wherever it is returned', () => {
    const withoutPaging: string[] = [];
    for (const connection of publicObjectTypes(schema).filter(isConnection)) {
      for (const coordinate of fieldsReturning(schema, connection.name)) {
        const [typeName, fieldName] = coordinate.split('.');
        const field = (schema.getType(typeName) as GraphQLObjectType).getFields()[fieldName];
        if (!takesPageArguments(field)) withoutPaging.push(coordinate);
      }
    }
    expect(withoutPaging).toEqual([]);
  });

  it('lists no stale exceptions', () => {
    for (const coordinate of Object.keys(BOUNDED_BY_CONSTRUCTION)) {
      const [typeName, fieldName] = coordinate.split('.');
      const type = schema.getType(typeName);
      expect(type && isObjectType(type) && fieldName in type.getFields(), coordinate).toBe(true);
    }
  });

  it('keeps enum lists it calls bounded within 100 values', () => {
    for (const [coordinate, enumName] of [
      ['Group.activityFields', 'ActivityField'],
      ['Group.districts', 'District'],
      ['GroupStatistics.byActivityField', 'ActivityField'],
      ['GroupStatistics.byOrganizationType', 'OrganizationType'],
    ]) {
      const values = (schema.getType(enumName) as unknown as { getValues(): unknown[] }).getValues();
      expect(values.length, coordinate).toBeLessThanOrEqual(100);
    }
  });
});
