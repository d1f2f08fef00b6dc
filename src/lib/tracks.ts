/** The learning path's tracks, in the order a learner takes them. Lesson frontmatter names one of these ids. */
export const TRACKS = [
  {
    id: 'foundations',
    title: 'Foundations',
    summary: 'What DevOps and SRE are, where they came from, and how they relate.',
    /** The track's badge: the two disciplines in their colours, the tracks that span both neutral or info. */
    badge: { className: 'badge', label: 'DevOps and SRE' },
  },
  {
    id: 'devops',
    title: 'DevOps practices',
    summary: 'Culture, continuous integration and delivery, infrastructure as code, and measuring delivery.',
    badge: { className: 'badge badge--devops', label: 'DevOps' },
  },
  {
    id: 'sre',
    title: 'SRE practices',
    summary: 'SLOs, error budgets, alerting, observability, toil, incidents and capacity.',
    badge: { className: 'badge badge--sre', label: 'SRE' },
  },
  {
    id: 'choosing',
    title: 'Choosing for your team',
    summary: 'Apply both to one real system and decide what your team should adopt.',
    badge: { className: 'badge badge--info', label: 'Your team' },
  },
] as const;

export type TrackId = (typeof TRACKS)[number]['id'];

/** Track ids as a tuple, for schema enums. */
export const TRACK_IDS = TRACKS.map((t) => t.id) as [TrackId, ...TrackId[]];

/** The track with this id; throws for an unknown id, which the content schema already rules out. */
export function trackById(id: TrackId) {
  const track = TRACKS.find((t) => t.id === id);
  if (!track) throw new Error(`Unknown track "${id}"`);
  return track;
}

/** The most lessons a lesson page's track menu lists; a longer track shows the ones around the current lesson. */
export const TRACK_NAV_MAX = 12;

/**
 * The part of a track a lesson page lists: all of it up to `max` lessons, else `max` lessons around the current one
 * (as many before as after where the track allows). `first` is the 0-based position of the first one listed, so the
 * menu numbers them as the track does; `hidden` says how many are left out, so the page can link to the whole track.
 * A page's size then stays the same however long the track grows.
 */
export function trackWindow<T>(lessons: readonly T[], current: number, max = TRACK_NAV_MAX) {
  if (lessons.length <= max) return { first: 0, shown: lessons.slice(), hidden: 0 };
  const first = Math.min(Math.max(0, current - Math.floor((max - 1) / 2)), lessons.length - max);
  return { first, shown: lessons.slice(first, first + max), hidden: lessons.length - max };
}
