import { describe, expect, it } from 'vitest';
import { demoGroupId, gatewayUrl, postGraphQL, tokenFor } from '@tsunagaru/shared-testing';

// Cache hints (@cacheControl) on the public types of resources (grants, the fund, equipment,
// the accident insurance scheme) and engagement (surveys and their suppressed results, training
// sessions, the measures' progress and committee reviews): an anonymous read of them may be
// kept by a shared cache; what a caller with a token reads is private to that caller.
const PUBLIC_READS: Record<string, string> = {
  grantPrograms:
    '{ grantPrograms(first: 5) { edges { node { id name openNow decisions { applications awarded awardedYen remainingBudgetYen } awards(first: 3) { edges { node { amountYen awardedOn paidOn group { id name } program { code } } } } } } } }',
  fund: '{ fundStatement(fiscalYear: 2019) { openingBalanceYen donationsYen donationsByChannel { channel amountYen count } disbursementsByProgram { amountYen program { name } } } }',
  equipment: '{ equipmentItems(first: 5) { edges { node { id name quantityOwned } } } accidentInsuranceScheme { name coverage } }',
  surveys: '{ surveys(first: 2) { edges { node { id title respondentCount questions { position prompt options { label } } results { respondents options { label count share suppressed } } } } } }',
  sessions: '{ trainingSessions(first: 5) { edges { node { id startsAt updatedAt enrolledCount program { title } } } } }',
  measures: '{ policyMeasures(first: 5) { edges { node { id title updatedAt progressReports(first: 2) { edges { node { status updatedAt indicators { name } } } } } } } committeeReviews(first: 2) { edges { node { id } } } }',
};

describe('cache hints on the public resources and engagement types', () => {
  for (const [name, query] of Object.entries(PUBLIC_READS)) {
    it(`an anonymous read of ${name} is public for 30 s; the same read with a member's token is private`, async () => {
      const anonymous = await postGraphQL(gatewayUrl(), query);
      expect(anonymous.errors).toBeUndefined();
      expect(anonymous.headers.get('cache-control')).toMatch(/^max-age=(29|30), public$/);
      const member = await postGraphQL(gatewayUrl(), query, {}, await tokenFor('member', demoGroupId(3)));
      expect(member.errors).toBeUndefined();
      expect(member.headers.get('cache-control')).not.toContain('public');
    });
  }
});
