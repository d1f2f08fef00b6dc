import { buildDashboard, type PathTrack } from '../lib/progress-dashboard';
import { dayOf } from '../lib/review';
import { localDay } from '../lib/day-words';
import { BackupRestore } from './progress/BackupRestore';
import { DueReviews } from './progress/DueReviews';
import { Overview } from './progress/Overview';
import { RecentActivity } from './progress/RecentActivity';
import { SetAsideCopies } from './progress/SetAsideCopies';
import { StartOver } from './progress/StartOver';
import { TrackCard } from './progress/TrackCard';
import { useFramed } from './use-framed';
import { StorageNotice } from './StorageNotice';
import { useHydrated, useProgress } from './use-progress';
import { NeedsScript } from './NeedsScript';

interface Props {
  tracks: PathTrack[];
  certificateHref: string;
  practiceHref: string;
  learnHref: string;
}

/**
 * My progress: a dashboard (overall ring and figures, due reviews, recent activity, each track and lesson), then
 * backing up and restoring (export, import by merge or replace, set-aside copies) and erasing.
 */
export default function ProgressPage({ tracks, certificateHref, practiceHref, learnHref }: Props) {
  const hydrated = useHydrated();
  const doc = useProgress();
  const framed = useFramed();

  if (!hydrated) return <NeedsScript what="Your progress (kept in this browser)" />;

  const now = new Date();
  const today = localDay(now);
  const d = buildDashboard(doc, tracks, now);

  return (
    <div class="progress-page" data-testid="progress-page">
      <StorageNotice />
      {framed && (
        <p class="notice notice--warning" data-testid="framed-notice">
          This page is shown inside another site, so importing, restoring and erasing progress are turned off to protect
          it.{' '}
          <a href={location.href} target="_top">
            Open this page on its own
          </a>{' '}
          to use them.
        </p>
      )}
      <Overview
        d={d}
        certificateHref={d.lessons > 0 && d.checksPassed === d.lessons ? certificateHref : null}
        learnHref={learnHref}
      />
      <div class="dash-pair">
        <DueReviews due={d.due} nextDue={d.nextDue} today={dayOf(now)} practiceHref={practiceHref} />
        <RecentActivity recent={d.recent} today={today} />
      </div>
      <section aria-labelledby="tracks">
        <h2 id="tracks">Lessons by track</h2>
        <div class="track-cards">
          {d.tracks.map((t) => (
            <TrackCard key={t.id} track={t} today={today} />
          ))}
        </div>
      </section>
      <BackupRestore locked={framed} />
      <SetAsideCopies locked={framed} />
      <StartOver locked={framed} />
    </div>
  );
}
