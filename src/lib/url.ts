/** Every internal link goes through url(), so the site works under any base path. */
export function url(path = ''): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const rel = path.replace(/^\//, '');
  return rel ? `${base}${rel}`.replace(/\/?$/, rel.includes('#') || /\.[a-z0-9]+$/i.test(rel) ? '' : '/') : base;
}

export const reportUrl = (source: string): string => url(`${source}/`);
export const chapterUrl = (source: string, slug: string): string => url(`${source}/${slug}/`);
export const ingestUrl = (source: string): string => url(`${source}/ingest/`);
