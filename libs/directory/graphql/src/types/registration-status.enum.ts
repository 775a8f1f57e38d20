import { registerEnumType } from 'type-graphql';
import { RegistrationStatus } from '@tsunagaru/directory-domain';

registerEnumType(RegistrationStatus, {
  name: 'RegistrationStatus',
  description: '登録状況: registration of a group at the Civic Activity Center (市民活動センター).',
  valuesConfig: {
    PENDING: { description: '登録申請中: applied, waiting for intermediary staff.' },
    REGISTERED: { description: '登録済: registered.' },
    REJECTED: { description: '登録不可: the application was rejected.' },
  },
});

export { RegistrationStatus };
