import { expect, it } from 'vitest';
import { gatewayUrl } from '@tsunagaru/shared-testing';
import { request } from './client';
import { directoryPage } from './website';
import { DecidedProposalsDocument } from '../generated/graphql';

it('runs the typed example operations against the gateway', async () => {
  const names = await directoryPage(gatewayUrl(), 'かまくら');
  expect(names.length).toBeGreaterThan(0);
  const { data, errors } = await request(gatewayUrl(), DecidedProposalsDocument, { first: 5 });
  expect(errors).toBeUndefined();
  // The compiler knows the shape: status is one of the ProposalStatus values.
  for (const { node } of data!.proposals!.edges) expect(['ADOPTED', 'AGREED', 'IMPLEMENTED', 'COMPLETED']).toContain(node.status);
});
