/**
 * Links inside the site. Every internal URL is built here from the base the site is served under
 * (`import.meta.env.BASE_URL` at build time), so the site works under a sub-path.
 */

/** Joins the site base and a path inside the site; the result ends with `/` unless it names a file or anchor. */
export function withBase(base: string, path = ''): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const inner = path.replace(/^\/+/, '');
  if (inner === '') return root;
  const [beforeHash = '', hash] = inner.split('#', 2) as [string, string | undefined];
  const needsSlash = beforeHash !== '' && !beforeHash.endsWith('/') && !/\.[a-z0-9]+$/i.test(beforeHash);
  return `${root}${beforeHash}${needsSlash ? '/' : ''}${hash !== undefined ? `#${hash}` : ''}`;
}

/** The page of a lesson. */
export const lessonPath = (base: string, lessonId: string) => withBase(base, `learn/${lessonId}/`);

/** The glossary entry of a term. */
export const termPath = (base: string, termId: string) => withBase(base, `glossary/#${termId}`);
