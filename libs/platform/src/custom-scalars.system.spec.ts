import 'reflect-metadata';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { ApolloServer } from '@apollo/server';
import { printSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { generateKeyPair } from 'jose';
import { Arg, Field, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startGateway, type RunningGateway } from '@tsunagaru/gateway';
import { MAX_YEN, negateYen, type SignedYen, type Yen } from '@tsunagaru/shared-kernel';
import {
  buildFederatedSchema,
  createErrorFormatter,
  DateScalar,
  DateTimeScalar,
  SignedYenScalar,
  YenScalar,
} from '@tsunagaru/shared-graphql';
import { createGraphQLHttpHandler, listen, type ListeningServer } from '@tsunagaru/shared-http';
import { generateSubgraphSecret } from '@tsunagaru/shared-auth';
import { errorCodes, postGraphQL } from '@tsunagaru/shared-testing';

// No field takes money yet (the fund and grants come next), so a small subgraph of its own
// carries every custom scalar through a real gateway over HTTP, as the fund's will.

@InputType('DonationProbeInput', { description: 'A donation as the fund will take it.' })
class DonationProbeInput {
  @Field(() => YenScalar)
  amount!: Yen;

  @Field(() => DateScalar)
  receivedOn!: string;

  @Field(() => DateTimeScalar)
  recordedAt!: Date;
}

@ObjectType('DonationProbe', { description: 'What the probe recorded.' })
class DonationProbe {
  @Field(() => YenScalar)
  amount!: Yen;

  @Field(() => SignedYenScalar, { description: 'The matching ledger line: money out of the donor.' })
  counterEntry!: SignedYen;

  @Field(() => DateScalar)
  receivedOn!: string;

  @Field(() => DateTimeScalar)
  recordedAt!: Date;
}

let recorded = 0;

@Resolver()
class ProbeResolver {
  @Query(() => SignedYenScalar)
  signedYenEcho(@Arg('amount', () => SignedYenScalar) amount: SignedYen): SignedYen {
    return amount;
  }

  @Mutation(() => DonationProbe)
  recordDonation(@Arg('input', () => DonationProbeInput) input: DonationProbeInput): DonationProbe {
    recorded += 1;
    return { ...input, counterEntry: negateYen(input.amount) };
  }
}

let workDir: string;
let subgraph: ListeningServer;
let subgraphApollo: ApolloServer;
let subgraphUrl: string;
let gateway: RunningGateway;

beforeAll(async () => {
  const schema = await buildFederatedSchema({ resolvers: [ProbeResolver] });
  subgraphApollo = new ApolloServer({ schema, formatError: createErrorFormatter() });
  await subgraphApollo.start();
  // The probe plays a subgraph without the credential check; the gateway signs its calls all the same.
  subgraph = await listen('ledger-probe', createGraphQLHttpHandler({ server: subgraphApollo, context: async () => ({}) }), 0);
  subgraphUrl = `http://127.0.0.1:${subgraph.port}/graphql`;

  const composed = composeServices([{ name: 'ledger', url: subgraphUrl, typeDefs: parse(printSubgraphSchema(schema)) }]);
  expect(composed.errors).toBeUndefined();
  workDir = await mkdtemp(join(tmpdir(), 'scalars-supergraph-'));
  await writeFile(join(workDir, 'supergraph.graphql'), composed.supergraphSdl!);
  const { publicKey } = await generateKeyPair('ES256');
  gateway = await startGateway({ port: 0, supergraphPath: join(workDir, 'supergraph.graphql'), tokenPublicKey: publicKey, subgraphSecret: generateSubgraphSecret() });
});

afterAll(async () => {
  await gateway?.stop();
  await subgraph?.close();
  await subgraphApollo?.stop();
  await rm(workDir, { recursive: true, force: true });
});

beforeEach(() => {
  recorded = 0;
});

const RECORD = `mutation ($input: DonationProbeInput!) { recordDonation(input: $input) { amount counterEntry receivedOn recordedAt } }`;
const donation = { amount: 1_234_000, receivedOn: '2020-02-29', recordedAt: '2020-03-31T15:00:00Z' };

describe('custom scalars through the gateway', () => {
  it('carry whole yen, a calendar date and an instant (written back in Japan time)', async () => {
    const response = await postGraphQL(gateway.url, RECORD, { input: donation });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      recordDonation: { amount: 1_234_000, counterEntry: -1_234_000, receivedOn: '2020-02-29', recordedAt: '2020-04-01T00:00:00+09:00' },
    });
    const largest = await postGraphQL(gateway.url, RECORD, { input: { ...donation, amount: MAX_YEN } });
    expect(largest.data).toMatchObject({ recordDonation: { amount: MAX_YEN, counterEntry: -MAX_YEN } });
  });

  it('refuse a bad Yen variable with BAD_USER_INPUT before any subgraph runs: fractions, negatives, strings, unsafe numbers', async () => {
    for (const amount of [12.5, -1, '1000', '1e3', 2 ** 53, 1e21, true]) {
      const response = await postGraphQL(gateway.url, RECORD, { input: { ...donation, amount } });
      expect(response.status, String(amount)).toBe(400);
      expect(errorCodes(response), String(amount)).toEqual(['BAD_USER_INPUT']);
      expect(response.errors?.[0]?.message).toMatch(/^Variable "\$input" got invalid value .* at "input.amount"; Expected type "Yen"\./);
    }
    expect(recorded).toBe(0);
  });

  it('judge JSON numbers by the value they parse to: precision and exponent tricks are refused', async () => {
    // Written into the body by hand, as a client could: 9007199254740993 parses to 2^53 (one
    // past the safe range), 1e400 to Infinity, 1.5e0 to 1.5; 1e3 is simply 1000.
    const send = async (amountJson: string) => {
      const body = `{"query": ${JSON.stringify(RECORD)}, "variables": {"input": {"amount": ${amountJson}, "receivedOn": "2020-02-29", "recordedAt": "2020-03-31T15:00:00Z"}}}`;
      const response = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      return { status: response.status, ...((await response.json()) as { data?: { recordDonation: { amount: number } }; errors?: Array<{ extensions?: { code?: string } }> }) };
    };
    for (const amountJson of ['9007199254740993', '1e400', '-1e400', '1.5e0', '100.5']) {
      const response = await send(amountJson);
      expect(response.status, amountJson).toBe(400);
      expect(response.errors?.map((error) => error.extensions?.code), amountJson).toEqual(['BAD_USER_INPUT']);
    }
    expect(recorded).toBe(0);
    expect((await send('1e3')).data).toMatchObject({ recordDonation: { amount: 1000 } });
  });

  it('refuse a bad Yen literal as GRAPHQL_VALIDATION_FAILED, so no mutation of the document runs', async () => {
    for (const amount of ['1e3', '1000.0', '"1000"', '-5', '12.5', '99999999999999999999']) {
      const response = await postGraphQL(
        gateway.url,
        `mutation {
          first: recordDonation(input: { amount: 1000, receivedOn: "2020-02-29", recordedAt: "2020-03-31T15:00:00Z" }) { amount }
          second: recordDonation(input: { amount: ${amount}, receivedOn: "2020-02-29", recordedAt: "2020-03-31T15:00:00Z" }) { amount }
        }`,
      );
      expect(response.status, amount).toBe(400);
      expect(errorCodes(response), amount).toEqual(['GRAPHQL_VALIDATION_FAILED']);
    }
    expect(recorded).toBe(0);
  });

  it('let SignedYen be negative and still refuse fractions and strings', async () => {
    const ECHO = `query ($amount: SignedYen!) { signedYenEcho(amount: $amount) }`;
    expect((await postGraphQL(gateway.url, ECHO, { amount: -MAX_YEN })).data).toEqual({ signedYenEcho: -MAX_YEN });
    expect((await postGraphQL(gateway.url, `{ signedYenEcho(amount: -500) }`)).data).toEqual({ signedYenEcho: -500 });
    for (const amount of [-0.5, '-500', -(2 ** 53)]) {
      expect(errorCodes(await postGraphQL(gateway.url, ECHO, { amount })), String(amount)).toEqual(['BAD_USER_INPUT']);
    }
  });

  it('refuse bad dates in the same input, and the subgraph refuses them itself when called directly', async () => {
    const badDate = await postGraphQL(gateway.url, RECORD, { input: { ...donation, receivedOn: '2019-02-29' } });
    expect(errorCodes(badDate)).toEqual(['BAD_USER_INPUT']);
    const badInstant = await postGraphQL(gateway.url, RECORD, { input: { ...donation, recordedAt: '2020-03-31 15:00' } });
    expect(errorCodes(badInstant)).toEqual(['BAD_USER_INPUT']);
    const direct = await postGraphQL(subgraphUrl, RECORD, { input: { ...donation, amount: 0.5 } });
    expect(direct.status).toBe(400);
    expect(errorCodes(direct)).toEqual(['BAD_USER_INPUT']);
    expect(recorded).toBe(0);
  });
});
