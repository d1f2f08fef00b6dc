import { PRESETS, type Preset } from '../../lib/simulator-presets';
import { memo } from './memo';

/** The scenarios to learn from; choosing one loads it into the form. */
export const PresetsSection = memo(function PresetsSection({
  onChoose,
  uid,
}: {
  onChoose: (preset: Preset) => void;
  uid: string;
}) {
  const id = (name: string) => `${uid}-${name}`;
  return (
    <section aria-labelledby={id('sim-presets')}>
      <h2 id={id('sim-presets')}>Scenarios</h2>
      <ul class="presets">
        {PRESETS.map((p) => (
          <li key={p.id}>
            <button type="button" class="button button--quiet" data-preset={p.id} onClick={() => onChoose(p)}>
              {p.title}
            </button>
            <span class="presets__text">{p.lesson}</span>
          </li>
        ))}
      </ul>
    </section>
  );
});
