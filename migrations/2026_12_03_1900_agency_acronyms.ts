/**
 * Agencies known by their abbreviation are stored under it, as their credits and datelines write
 * them and as the other agencies of the table already were (AP, dpa, KNA, PTI, WAM, QNA ...):
 * 'Saudi Press Agency' becomes 'SPA', 'Kuwait News Agency' 'KUNA', and so on
 * (src/normalize/agency-table.ts). Rows stored before are renamed in place; `down` renames back.
 */
import { sql, type Kysely } from 'kysely';

/** Old canonical name -> new (a copy: the table may change after this migration). */
export const RENAMED: Readonly<Record<string, string>> = {
  'Saudi Press Agency': 'SPA',
  'Kuwait News Agency': 'KUNA',
  'Jordan News Agency': 'Petra',
  'Associated Press of Pakistan': 'APP',
  'Bangladesh Sangbad Sangstha': 'BSS',
  'Philippine News Agency': 'PNA',
  'Central News Agency': 'CNA',
  'News Agency of Nigeria': 'NAN',
  'Ghana News Agency': 'GNA',
  'Algérie Presse Service': 'APS',
  'Maghreb Arabe Presse': 'MAP',
  'Oman News Agency': 'ONA',
  'Bahrain News Agency': 'BNA',
  'Australian Associated Press': 'AAP',
  'United News of India': 'UNI',
  'Tunis Afrique Presse': 'TAP',
  'Sudan News Agency': 'SUNA',
  'Iraqi News Agency': 'INA',
  'Ethiopian News Agency': 'ENA',
  'Rastriya Samachar Samiti': 'RSS',
  'Agence Kampuchea Presse': 'AKP',
  'Lao News Agency': 'KPL',
};

async function rename(db: Kysely<any>, pairs: [string, string][]): Promise<void> {
  const from = pairs.map(([a]) => a);
  const to = pairs.map(([, b]) => b);
  // One pass per table over the rows that carry an old name (agencies is GIN-indexed: `&&`).
  await sql`
    with m as (select * from unnest(${from}::text[], ${to}::text[]) as m(old, new))
    update articles a set
      agency = coalesce((select m.new from m where m.old = a.agency), a.agency),
      agencies = array(select coalesce((select m.new from m where m.old = x), x) from unnest(a.agencies) with ordinality as t(x, i) order by i)
    where a.agencies && ${from}::text[] or a.agency = any(${from}::text[])`.execute(db);
  await sql`
    with m as (select * from unnest(${from}::text[], ${to}::text[]) as m(old, new))
    update stories s set agency = m.new from m where s.agency = m.old`.execute(db);
}

export async function up(db: Kysely<any>): Promise<void> {
  await rename(db, Object.entries(RENAMED));
}

export async function down(db: Kysely<any>): Promise<void> {
  await rename(
    db,
    Object.entries(RENAMED).map(([a, b]) => [b, a]),
  );
}
