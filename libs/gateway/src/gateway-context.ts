import type { Principal } from '@tsunagaru/shared-kernel';

export interface GatewayContext {
  /** The caller's bearer token, forwarded only after the gateway has verified it. */
  token: string | null;
  principal: Principal | null;
  /** The caller's IP address: the budget of an anonymous caller (rate limits). */
  clientAddress?: string;
}
