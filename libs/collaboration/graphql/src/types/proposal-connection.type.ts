import { ObjectType } from 'type-graphql';
import { ConnectionType } from '@tsunagaru/shared-graphql';
import { Proposal } from './proposal.type';

@ObjectType('ProposalConnection', { description: 'A page of proposals, newest fiscal year first.' })
export class ProposalConnection extends ConnectionType(Proposal, 'Proposal') {}
