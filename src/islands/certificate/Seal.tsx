import { sealEdgePath } from '../../lib/certificate';

interface Props {
  /** The site's mark (`favicon.svg#mark`, with the base path), drawn at the seal's centre. */
  markHref: string;
  /** Words set along the top of the ring. */
  top: string;
  /** Words set along the bottom of the ring, reading left to right. */
  bottom: string;
  /** Drawn in greys, for the preview of a certificate not yet earned. */
  locked?: boolean;
}

/** 36 teeth: fine enough to read as a notary's seal at 8 rem, coarse enough to survive print. */
const EDGE = sealEdgePath(36, 98, 90, 100, 100);
/** The ring the words run on (radius 66), as two arcs from left to right: over the top, and under the bottom. */
const TOP_ARC = 'M34 100a66 66 0 0 1 132 0';
const BOTTOM_ARC = 'M34 100a66 66 0 0 0 132 0';

/**
 * The certificate's seal: a serrated rosette with two ribbon tails, the motto around a ring and the site's mark at
 * the centre. Decorative: the certificate's words say everything it does. Colours come from certificate.css.
 */
export function Seal({ markHref, top, bottom, locked = false }: Props) {
  return (
    <svg
      class={locked ? 'seal seal--locked' : 'seal'}
      viewBox="0 0 200 250"
      aria-hidden="true"
      focusable="false"
      data-testid="certificate-seal"
    >
      <path class="seal__ribbon" d="M62 160 36 246l24-14 16 16 24-76z" />
      <path class="seal__ribbon" d="M138 160l26 86-24-14-16 16-24-76z" />
      <path class="seal__edge" d={EDGE} />
      <circle class="seal__face" cx="100" cy="100" r="82" />
      <circle class="seal__line" cx="100" cy="100" r="77" />
      <circle class="seal__line" cx="100" cy="100" r="54" />
      <path id="seal-top" d={TOP_ARC} fill="none" />
      <path id="seal-bottom" d={BOTTOM_ARC} fill="none" />
      <text class="seal__motto" font-size="12.5" font-weight="700" text-anchor="middle" dominant-baseline="central">
        <textPath href="#seal-top" startOffset="50%">
          {top}
        </textPath>
      </text>
      <text class="seal__motto" font-size="12.5" font-weight="700" text-anchor="middle" dominant-baseline="central">
        <textPath href="#seal-bottom" startOffset="50%">
          {bottom}
        </textPath>
      </text>
      <circle class="seal__dot" cx="34" cy="100" r="3" />
      <circle class="seal__dot" cx="166" cy="100" r="3" />
      {/* The mark is a 32-unit square: scaled to 48 and centred. */}
      <use class="seal__mark" href={markHref} transform="translate(76 76) scale(1.5)" />
    </svg>
  );
}
