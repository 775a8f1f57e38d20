import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { groupSearchColumns, RECOUNT_GROUP_STATISTICS_SQL, textArrayLiteral } from '@tsunagaru/directory-domain';
import type { District } from '@tsunagaru/shared-kernel';

interface SourceGroup {
  id: string;
  name: string;
  name_kana: string;
  description: string;
  districts: District[];
}

const BATCH = 2000;

/**
 * Scales the seeded directory to `factor` times its groups (`--scale 100`: 39,000), keeping
 * the guideline's proportions: every group gets `factor - 1` copies with the same fields,
 * districts, organisation type and registration, a numbered name (大船図書館友の会 2) and
 * its private contact. Loaded as a bulk load: the counts recounted once, the search index
 * built once, the table analysed. Returns the groups added.
 */
export async function scaleDirectory(em: EntityManager, factor: number): Promise<number> {
  if (!Number.isInteger(factor) || factor < 2) return 0;
  const connection = em.getConnection();
  const sources = await connection.execute<SourceGroup[]>('select id, name, name_kana, description, districts from civic_group order by name_kana, id');
  await connection.execute('alter table civic_group disable trigger civic_group_statistics');
  await connection.execute('drop index if exists civic_group_search_terms_idx');
  await connection.execute('drop index if exists civic_group_name_terms_idx');
  let added = 0;
  try {
    const rows: Array<Record<string, unknown>> = [];
    const flush = async () => {
      if (rows.length === 0) return;
      await connection.execute(
        `with copies as (
           select * from jsonb_to_recordset(?::jsonb) as c(id uuid, source uuid, name text, name_kana text, search_name text, search_reading text, search_profile text, search_terms text)
         ), groups as (
           insert into civic_group (id, name, name_kana, search_name, search_reading, search_profile, search_terms, organization_type, activity_fields, districts,
                                    description, founded_on, member_count, public_email, public_phone, website, registration_status, registered_on,
                                    registered_at_intermediary_id, rejection_reason)
           select c.id, c.name, c.name_kana, c.search_name, c.search_reading, c.search_profile, c.search_terms::text[], g.organization_type, g.activity_fields,
                  g.districts, g.description, g.founded_on, g.member_count, g.public_email, g.public_phone, g.website, g.registration_status, g.registered_on,
                  g.registered_at_intermediary_id, g.rejection_reason
             from copies c join civic_group g on g.id = c.source
           returning id
         )
         insert into group_private_contact (group_id, representative_name, representative_name_kana, email, phone, postal_code, address)
         select c.id, p.representative_name, p.representative_name_kana, p.email, p.phone, p.postal_code, p.address
           from copies c join group_private_contact p on p.group_id = c.source`,
        [JSON.stringify(rows)],
      );
      added += rows.length;
      rows.length = 0;
    };
    for (let copy = 2; copy <= factor; copy += 1) {
      for (const source of sources) {
        const name = `${source.name.slice(0, 90)} ${copy}`;
        const nameKana = `${source.name_kana.slice(0, 190)}${copy}`;
        const columns = groupSearchColumns({ name, nameKana, description: source.description, districts: source.districts });
        rows.push({
          id: randomUUID(),
          source: source.id,
          name,
          name_kana: nameKana,
          search_name: columns.searchName,
          search_reading: columns.searchReading,
          search_profile: columns.searchProfile,
          search_terms: textArrayLiteral(columns.searchTerms),
        });
        if (rows.length >= BATCH) await flush();
      }
    }
    await flush();
  } finally {
    await connection.execute('create index if not exists civic_group_search_terms_idx on civic_group using gin (search_terms)');
    await connection.execute('create index if not exists civic_group_name_terms_idx on civic_group using gin (civic_group_name_terms(search_name, search_reading))');
    await connection.execute('alter table civic_group enable trigger civic_group_statistics');
    for (const sql of RECOUNT_GROUP_STATISTICS_SQL) await connection.execute(sql);
    await connection.execute('analyze civic_group');
    await connection.execute('analyze group_private_contact');
  }
  return added;
}
