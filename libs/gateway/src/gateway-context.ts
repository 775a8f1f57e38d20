import type { Principal } from '@tsunagaru/shared-kernel';

export interface GatewayContext {
  /** The caller's bearer token, forwarded only after the gateway has verified it. */
  token: string | null;
  principal: Principal | null;
  /** The caller's IP address: the budget of an anonymous caller (rate limits). */
  clientAddress?: string;
  /**
   * The gateway's own reads (the open-data exports): anonymous like any visitor's, but bounded
   * by the exports' cache (one load per dataset a minute) rather than by a caller's budget.
   */
  internal?: boolean;
}
