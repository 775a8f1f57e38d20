import { ArrayType, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { ApiScope } from '@tsunagaru/shared-kernel';

/**
 * API クライアント: a third-party NPO app registered by a group (or city staff for it), an
 * OAuth 2.0 confidential client that acts for that one group within the scopes granted. The
 * secret is kept only as a scrypt hash; a revoked app keeps its row (who revoked it, when)
 * and gets no new token.
 */
@Entity({ tableName: 'api_client' })
export class ApiClient {
  @PrimaryKey({ type: 'text', fieldName: 'client_id' })
  clientId!: string;

  @Property({ type: 'uuid' })
  groupId!: string;

  @Property({ type: 'text' })
  name!: string;

  @Property({ type: ArrayType, columnType: 'text[]' })
  scopes!: ApiScope[];

  @Property({ type: 'text', lazy: true })
  secretHash!: string;

  @Property({ type: 'text' })
  createdBy!: string;

  @Property({ type: 'Date', columnType: 'timestamptz' })
  createdAt!: Date;

  @Property({ type: 'Date', columnType: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Property({ type: 'text', nullable: true })
  revokedBy!: string | null;
}
