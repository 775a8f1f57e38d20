import type { IncomingMessage, ServerResponse } from 'node:http';
import { toCsv } from './csv';
import { OPEN_DATASETS, type AnonymousExecutor, type OpenDataRecord, type OpenDataset } from './datasets';

export const OPEN_DATA_PATH = '/open-data';
export const OPEN_DATA_LICENSE = {
  name: 'CC BY 4.0',
  title: 'クリエイティブ・コモンズ 表示 4.0 国際',
  url: 'https://creativecommons.org/licenses/by/4.0/deed.ja',
} as const;
export const OPEN_DATA_ATTRIBUTION = '出典: 鎌倉市「Tsunagaru Graph」オープンデータ';

export interface OpenDataOptions {
  execute: AnonymousExecutor;
  /** How long one read of a dataset is served again (all replicas read the same graph); 0 reads every time. */
  cacheMs?: number;
  datasets?: readonly OpenDataset[];
}

type Handler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

class BadRequest extends Error {}

/** `updatedSince`: an ISO 8601 date-time with its offset or Z (`2026-04-01T00:00:00+09:00`), or a date (midnight in Japan). */
export function parseUpdatedSince(value: string | null): number | null {
  if (value === null) return null;
  const dateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/i.test(value);
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const time = date ? Date.parse(`${value}T00:00:00+09:00`) : dateTime ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time)) throw new BadRequest('updatedSince must be an ISO 8601 date-time with an offset or Z (2026-04-01T00:00:00+09:00), or a date (2026-04-01, midnight in Japan).');
  return time;
}

/** Records changed after `since`; a dataset whose records carry no change time answers in full. */
export function changedSince(dataset: OpenDataset, records: OpenDataRecord[], since: number | null): OpenDataRecord[] {
  if (since === null || !dataset.changedAtKey) return records;
  return records.filter((record) => {
    const at = record[dataset.changedAtKey!];
    return typeof at === 'string' && Date.parse(at) > since;
  });
}

function lastUpdated(dataset: OpenDataset, records: OpenDataRecord[]): string | null {
  if (!dataset.changedAtKey) return null;
  let latest: string | null = null;
  for (const record of records) {
    const at = record[dataset.changedAtKey];
    if (typeof at === 'string' && (latest === null || Date.parse(at) > Date.parse(latest))) latest = at;
  }
  return latest;
}

function origin(request: IncomingMessage): string {
  const forwarded = String(request.headers['x-forwarded-proto'] ?? '').split(',')[0].trim();
  const scheme = forwarded === 'https' ? 'https' : 'http';
  const host = /^[A-Za-z0-9.:[\]-]+$/.test(request.headers.host ?? '') ? request.headers.host : 'localhost';
  return `${scheme}://${host}`;
}

/**
 * Open data (オープンデータ) on the gateway's origin, for anyone and without a token:
 * `/open-data/catalog.json` lists every dataset with its licence (CC BY 4.0), last update and
 * URLs; `/open-data/<id>.csv` (UTF-8 with BOM, CRLF: Excel opens it as is) and `<id>.json`
 * hold the records; `?updatedSince=<ISO 8601>` keeps the records changed after that time.
 * Records come from the public graph as an anonymous caller, so nothing private can appear.
 * Answers `false` for paths that are not open data, for the next handler.
 */
export function createOpenDataHandler(options: OpenDataOptions): (request: IncomingMessage, response: ServerResponse) => Promise<boolean> {
  const datasets = options.datasets ?? OPEN_DATASETS;
  const cacheMs = options.cacheMs ?? 60_000;
  const cache = new Map<string, { at: number; records: Promise<OpenDataRecord[]> }>();

  const recordsOf = (dataset: OpenDataset): Promise<OpenDataRecord[]> => {
    const cached = cache.get(dataset.id);
    if (cached && Date.now() - cached.at < cacheMs) return cached.records;
    const records = dataset.load(options.execute);
    cache.set(dataset.id, { at: Date.now(), records });
    records.catch(() => cache.delete(dataset.id));
    return records;
  };

  const send = (response: ServerResponse, status: number, type: string, body: string, extra: Record<string, string> = {}) => {
    response.writeHead(status, {
      'content-type': type,
      'access-control-allow-origin': '*',
      'cache-control': `public, max-age=${Math.round(cacheMs / 1000)}`,
      ...extra,
    });
    response.end(body);
  };

  return async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname !== OPEN_DATA_PATH && !url.pathname.startsWith(`${OPEN_DATA_PATH}/`)) return false;
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, 405, 'application/json; charset=utf-8', JSON.stringify({ error: 'Open data is read with GET.' }), { allow: 'GET, HEAD' });
      return true;
    }
    const base = `${origin(request)}${OPEN_DATA_PATH}`;
    try {
      const since = parseUpdatedSince(url.searchParams.get('updatedSince'));
      if (url.pathname === OPEN_DATA_PATH || url.pathname === `${OPEN_DATA_PATH}/` || url.pathname === `${OPEN_DATA_PATH}/catalog.json`) {
        const entries = await Promise.all(
          datasets.map(async (dataset) => {
            const records = await recordsOf(dataset);
            return {
              id: dataset.id,
              title: dataset.title,
              description: dataset.description,
              license: OPEN_DATA_LICENSE.name,
              licenseUrl: OPEN_DATA_LICENSE.url,
              lastUpdated: lastUpdated(dataset, records),
              records: records.length,
              changeFeed: dataset.changedAtKey ? { field: dataset.changedAtKey, parameter: 'updatedSince' } : null,
              recommendedFormat: dataset.recommendedFormat ?? null,
              graphqlSource: dataset.source,
              columns: dataset.columns.map(({ key, label }) => ({ key, label })),
              distributions: [
                { format: 'CSV', mediaType: 'text/csv', encoding: 'UTF-8 (BOM)', url: `${base}/${dataset.id}.csv` },
                { format: 'JSON', mediaType: 'application/json', url: `${base}/${dataset.id}.json` },
              ],
            };
          }),
        );
        const catalog = {
          title: 'Tsunagaru Graph オープンデータ: 鎌倉市 市民活動・協働 (Kamakura City civic activity and collaboration open data)',
          publisher: '鎌倉市',
          license: OPEN_DATA_LICENSE,
          attribution: OPEN_DATA_ATTRIBUTION,
          generatedAt: new Date().toISOString(),
          datasets: entries,
        };
        send(response, 200, 'application/json; charset=utf-8', JSON.stringify(catalog, null, 2));
        return true;
      }
      const match = /^\/open-data\/([a-z0-9-]+)\.(csv|json)$/.exec(url.pathname);
      const dataset = match && datasets.find((candidate) => candidate.id === match[1]);
      if (!match || !dataset) {
        send(response, 404, 'application/json; charset=utf-8', JSON.stringify({ error: `No such dataset. The catalogue is ${base}/catalog.json.` }));
        return true;
      }
      const records = changedSince(dataset, await recordsOf(dataset), since);
      // A dataset whose records carry no change time answers updatedSince in full, and says so.
      const feed: Record<string, string> = since === null ? {} : { 'x-open-data-change-feed': dataset.changedAtKey ? 'filtered' : 'full' };
      if (match[2] === 'csv') {
        const csv = toCsv(
          dataset.columns.map((column) => column.label),
          records.map((record) => dataset.columns.map((column) => record[column.key])),
        );
        send(response, 200, 'text/csv; charset=utf-8', csv, { 'content-disposition': `attachment; filename="${dataset.id}.csv"`, ...feed });
      } else {
        const body = {
          dataset: dataset.id,
          title: dataset.title,
          license: OPEN_DATA_LICENSE.name,
          licenseUrl: OPEN_DATA_LICENSE.url,
          attribution: OPEN_DATA_ATTRIBUTION,
          updatedSince: since === null ? null : new Date(since).toISOString(),
          changeFeed: since === null ? null : dataset.changedAtKey ? 'filtered' : 'full',
          columns: dataset.columns.map(({ key, label }) => ({ key, label })),
          records,
        };
        send(response, 200, 'application/json; charset=utf-8', JSON.stringify(body), feed);
      }
      return true;
    } catch (error) {
      if (error instanceof BadRequest) {
        send(response, 400, 'application/json; charset=utf-8', JSON.stringify({ error: error.message }));
        return true;
      }
      throw error;
    }
  };
}

/** Puts open data in front of the GraphQL handler on the same origin. */
export function withOpenData(openData: ReturnType<typeof createOpenDataHandler>, next: Handler): Handler {
  return async (request, response) => {
    if (await openData(request, response)) return;
    await next(request, response);
  };
}
