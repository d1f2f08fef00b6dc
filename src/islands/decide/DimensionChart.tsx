import type { DimensionId } from '../../lib/decide/model';
import type { DimensionScore } from '../../lib/decide/score';
import { CHART, chartBars, chartDescription, chartHeight } from '../../lib/recommendation-view';

interface Props {
  dimensions: DimensionScore[];
  weakSpots: DimensionId[];
  /** Makes the ids of the chart's title, description and table unique on the page. */
  idPrefix: string;
  /** Whose needs these are, for the caption: "your answers", "the team's answers". */
  whose: string;
}

/**
 * The need of each dimension as a bar chart (an SVG image with a title and a description), followed by a table
 * with the same figures and how many questions of each were answered: the chart's text equivalent.
 */
export function DimensionChart({ dimensions, weakSpots, idPrefix, whose }: Props) {
  const bars = chartBars(dimensions, weakSpots);
  const height = chartHeight(bars.length);
  const title = `${idPrefix}-chart-title`;
  const desc = `${idPrefix}-chart-desc`;
  return (
    <div class="decide-chart">
      <svg
        class="decide-chart__image"
        role="img"
        aria-labelledby={title}
        aria-describedby={desc}
        viewBox={`0 0 ${CHART.width} ${height}`}
        width={CHART.width}
        height={height}
      >
        <title id={title}>What {whose} call for, by area</title>
        <desc id={desc}>{chartDescription(bars)}</desc>
        {bars.map((b) => (
          <g key={b.id} class={b.weak ? 'decide-chart__row decide-chart__row--weak' : 'decide-chart__row'}>
            <text class="decide-chart__label" x="0" y={b.labelY}>
              {b.label}
              {b.weak ? ' · weak spot' : ''}
            </text>
            <rect class="decide-chart__track" x="0" y={b.barY} width={CHART.barWidth} height={CHART.barHeight} rx="3" />
            {b.width > 0 && (
              <rect class="decide-chart__bar" x="0" y={b.barY} width={b.width} height={CHART.barHeight} rx="3" />
            )}
            <text class="decide-chart__value" x={CHART.width} y={b.barY + CHART.barHeight - 2} text-anchor="end">
              {b.need}
            </text>
          </g>
        ))}
      </svg>
      <div class="table-scroll" tabIndex={0} role="region" aria-label={`The chart's figures for ${whose}`}>
        <table class="decide-chart__table">
          <caption class="visually-hidden">What {whose} call for, by area (0 to 100)</caption>
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col">Need (0–100)</th>
              <th scope="col">Answered</th>
              <th scope="col">Don’t know</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((b, i) => (
              <tr key={b.id} data-dimension={b.id}>
                <th scope="row">
                  {b.label}
                  {b.weak && <span class="badge badge--warn decide-chart__weak">weak spot</span>}
                </th>
                <td>{b.need}</td>
                <td>{dimensions[i]!.answered}</td>
                <td>{dimensions[i]!.unknown}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
