import { Directive, ObjectType } from 'type-graphql';
import { ConnectionType, CACHE_PUBLIC } from '@tsunagaru/shared-graphql';
import { Proposal } from './proposal.type';

@Directive(CACHE_PUBLIC)
@ObjectType('ProposalConnection', { description: 'A page of proposals, newest first: fiscal year, then submission date.' })
export class ProposalConnection extends ConnectionType(Proposal, 'Proposal') {}
