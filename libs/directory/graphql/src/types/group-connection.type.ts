import { ObjectType } from 'type-graphql';
import { ConnectionType } from '@tsunagaru/shared-graphql';
import { Group } from './group.type';

@ObjectType('GroupConnection', { description: 'A page of groups, in reading order (五十音順).' })
export class GroupConnection extends ConnectionType(Group, 'Group') {}
