/**
 * Counts the published figures from the groups themselves into `group_statistic` (replacing
 * what it held), in order. The migration runs them once; afterwards a trigger keeps the counts
 * with every write, so only bulk loads that bypass the trigger (the scale generator) run them again.
 */
export const RECOUNT_GROUP_STATISTICS_SQL: readonly string[] = [
  'delete from group_statistic',
  `insert into group_statistic (dimension, key, count)
   select 'total', '', count(*) from civic_group where registration_status = 'REGISTERED'
   union all
   select 'activity_field', field, count(*) from civic_group, unnest(activity_fields) as field where registration_status = 'REGISTERED' group by field
   union all
   select 'organization_type', organization_type, count(*) from civic_group where registration_status = 'REGISTERED' group by organization_type`,
];
