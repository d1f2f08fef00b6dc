import type { Result } from '../../lib/decide/score';
import { confidenceWords, recommendationHeadline } from '../../lib/recommendation-view';

/**
 * The recommendation as the checks read it (`<output name="recommendation" data-value data-first>`), with the
 * confidence in words and number and the summary's plain sentences.
 */
export function Recommendation({ result, label }: { result: Result; label: string }) {
  const { recommendation, first, confidence } = result;
  return (
    <div class="decide-verdict">
      <p class="decide-verdict__label">{label}</p>
      <output
        name="recommendation"
        class="decide-verdict__value"
        data-value={recommendation}
        data-first={recommendation === 'both' ? first : undefined}
      >
        {recommendationHeadline(result)}
      </output>
      <p class="decide-verdict__confidence" data-confidence={confidence.level}>
        <strong>{confidenceWords(confidence)}.</strong> {confidence.why}
      </p>
      <p class="decide-verdict__summary">{result.summary}</p>
    </div>
  );
}
