import { useProgress } from './use-progress';
import { useEffect } from 'preact/hooks';
import { markLessonRead } from '../stores/progress';

interface Props {
  lessonId: string;
}

const dateFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium' });

/** Sits at the end of a lesson, hydrated when it scrolls into view: reaching it marks the lesson read. */
export default function ReadMarker({ lessonId }: Props) {
  const progress = useProgress();
  const readAt = progress.lessons[lessonId]?.readAt;
  useEffect(() => markLessonRead(lessonId), [lessonId]);
  return (
    <p class="read-marker" data-testid="read-marker" data-read={readAt ? 'true' : 'false'}>
      {readAt ? (
        <>
          <span aria-hidden="true">✓ </span>
          Lesson read on <time dateTime={readAt}>{dateFormat.format(new Date(readAt))}</time>.
        </>
      ) : (
        'You reached the end of the lesson.'
      )}
    </p>
  );
}
