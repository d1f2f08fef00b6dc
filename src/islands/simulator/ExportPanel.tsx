import { useEffect, useRef, useState } from 'preact/hooks';
import { SERVICE_NAME } from '../../lib/service-name';
import type { AlertRule } from '../../lib/simulation';
import type * as SloExport from '../../lib/slo-export';
import { downloadFile } from '../download';
import { memo } from './memo';

interface Props {
  sloPercent: number;
  windowDays: number;
  rules: readonly AlertRule[];
  uid: string;
}

/** The writers of the files, loaded once the panel comes near the screen (most visits never scroll to it). */
let writers: Promise<typeof SloExport> | undefined;
const loadWriters = () => (writers ??= import('../../lib/slo-export'));

/**
 * Prometheus rules and an OpenSLO document for the current SLO and rules: copy or download. Their writers load when
 * the panel comes within a screen of view, so the files are written before anyone sees the panel.
 */
export const ExportPanel = memo(function ExportPanel({ sloPercent, windowDays, rules, uid }: Props) {
  const idOf = (name: string) => `${uid}-${name}`;
  const id = idOf;
  const section = useRef<HTMLElement>(null);
  const [lib, setLib] = useState<typeof SloExport | null>(null);
  useEffect(() => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        void loadWriters().then(setLib);
      },
      { rootMargin: '100% 0px' },
    );
    if (section.current) observer.observe(section.current);
    return () => observer.disconnect();
  }, []);
  const [service, setService] = useState('checkout');
  const [copied, setCopied] = useState('');
  const valid = SERVICE_NAME.test(service);
  const input = {
    sloPercent,
    windowDays,
    rules,
    service: valid ? service : 'my-service',
  };
  const files = [
    {
      id: 'prometheus',
      title: 'Prometheus alerting rules',
      name: `${input.service}-slo-alerts.yaml`,
      text: lib ? lib.prometheusRules(input) : '',
    },
    {
      id: 'openslo',
      title: 'OpenSLO document',
      name: `${input.service}-openslo.yaml`,
      text: lib ? lib.openSloDocument(input) : '',
    },
  ];

  async function copy(id: string, text: string) {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(`Copied the ${id === 'prometheus' ? 'Prometheus rules' : 'OpenSLO document'}.`);
    } catch {
      const area = document.getElementById(idOf(`export-${id}`)) as HTMLTextAreaElement | null;
      area?.select();
      setCopied('Copying is blocked here: the text is selected, press Ctrl+C (or ⌘C) to copy it.');
    }
  }

  const download = (name: string, text: string) => downloadFile(name, text, 'application/yaml');

  return (
    <section aria-labelledby={id('sim-export')} ref={section} aria-busy={lib ? undefined : 'true'}>
      <h2 id={id('sim-export')}>Export for your team</h2>
      <p>
        <label for={id('service-name')}>Service name (job label)</label>{' '}
        <input
          id={id('service-name')}
          type="text"
          size={20}
          value={service}
          aria-invalid={valid ? undefined : 'true'}
          onInput={(e) => setService((e.target as HTMLInputElement).value)}
        />
        {!valid && (
          <span class="field-error"> Use lower-case letters, digits and hyphens, starting with a letter.</span>
        )}
      </p>
      <p class="hint">
        The SLI assumed is the share of non-5xx responses in http_requests_total; adapt the queries to your metrics.
      </p>
      {files.map((f) => (
        <div key={f.id} class="export">
          <label for={id(`export-${f.id}`)}>{f.title}</label>
          <textarea id={id(`export-${f.id}`)} readOnly rows={10} value={f.text} spellcheck={false} />
          <p>
            <button type="button" class="button button--quiet" disabled={!lib} onClick={() => void copy(f.id, f.text)}>
              Copy<span class="visually-hidden"> {f.title}</span>
            </button>{' '}
            <button type="button" class="button button--quiet" disabled={!lib} onClick={() => download(f.name, f.text)}>
              Download {f.name}
            </button>
          </p>
        </div>
      ))}
      <p role="status">{copied}</p>
    </section>
  );
});
