import { ObjectType } from 'type-graphql';
import { ConnectionType } from '@tsunagaru/shared-graphql';
import { Proposal } from './proposal.type';

@ObjectType('ProposalConnection', { description: 'A page of proposals, newest first: fiscal year, then submission date.' })
export class ProposalConnection extends ConnectionType(Proposal, 'Proposal') {}
