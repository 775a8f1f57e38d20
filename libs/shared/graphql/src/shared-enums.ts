import { registerEnumType } from 'type-graphql';
import {
  ACTIVITY_FIELD_LABELS,
  ActivityField,
  District,
  DISTRICT_LABELS,
  ORGANIZATION_TYPE_LABELS,
  OrganizationType,
  PROPOSER_TYPE_LABELS,
  ProposerType,
} from '@tsunagaru/shared-kernel';

/** Turns a table of Japanese labels into type-graphql value descriptions. */
export function describeValues<K extends string>(labels: Record<K, string>): Record<K, { description: string }> {
  return Object.fromEntries(Object.entries(labels).map(([key, label]) => [key, { description: label as string }])) as Record<
    K,
    { description: string }
  >;
}

// Enums shared by several subgraphs: registered once, with identical descriptions, so
// composition sees one definition. The Japanese term maps the API to the city's documents.
registerEnumType(ActivityField, {
  name: 'ActivityField',
  description:
    '活動分野: the 20 activity fields of the NPO law (特定非営利活動促進法 別表), in the law\'s order. Values are described in the law\'s ' +
    'wording; the guideline\'s table words them its own way (文化、芸術又はスポーツの振興を図る活動 for 学術、文化、芸術又はスポーツの振興).',
  valuesConfig: describeValues(ACTIVITY_FIELD_LABELS),
});

registerEnumType(District, {
  name: 'District',
  description: '地域: the five districts of Kamakura.',
  valuesConfig: describeValues(DISTRICT_LABELS),
});

registerEnumType(OrganizationType, {
  name: 'OrganizationType',
  description: '組織形態: the legal or informal form of a group.',
  valuesConfig: describeValues(ORGANIZATION_TYPE_LABELS),
});

registerEnumType(ProposerType, {
  name: 'ProposerType',
  description: '提案者区分: who proposed a mutual-proposal collaboration project (相互提案協働事業).',
  valuesConfig: describeValues(PROPOSER_TYPE_LABELS),
});

export { ActivityField, District, OrganizationType, ProposerType };
