import { Directive, ObjectType } from 'type-graphql';
import { ConnectionType, CACHE_PUBLIC } from '@tsunagaru/shared-graphql';
import { Group } from './group.type';

@Directive(CACHE_PUBLIC)
@ObjectType('GroupConnection', { description: 'A page of groups, in reading order (五十音順).' })
export class GroupConnection extends ConnectionType(Group, 'Group') {}
