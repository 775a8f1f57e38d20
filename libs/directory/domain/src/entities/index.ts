export * from './department.entity';
export * from './group-private-contact.entity';
export * from './group.entity';
export * from './intermediary.entity';
export * from './registration-status';
