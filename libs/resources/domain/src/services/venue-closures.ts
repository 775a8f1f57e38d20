import { keysetOrder } from '@tsunagaru/shared-persistence';
import type { VenueClosure } from '../entities';

/** A venue's closures in date order. */
export const CLOSURES_IN_DATE_ORDER = keysetOrder<VenueClosure>(
  { sql: 'starts_on', type: 'date', of: (closure) => closure.startsOn },
  { sql: 'id', type: 'uuid', of: (closure) => closure.id },
);
