/**
 * Pagefind excerpts are HTML-escaped text with `<mark>` around matches. This splits one into plain text
 * pieces so the UI can render them as text (never as HTML).
 */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: ' ' };

function decode(text: string): string {
  return text.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (whole, name: string) => {
    const known = ENTITIES[name.toLowerCase()];
    if (known !== undefined) return known;
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16) || 0xfffd);
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10) || 0xfffd);
    return whole;
  });
}

export function splitExcerpt(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m.index > last) parts.push({ text: decode(stripTags(html.slice(last, m.index))), mark: false });
    parts.push({ text: decode(stripTags(m[1] ?? '')), mark: true });
    last = m.index + m[0].length;
  }
  if (last < html.length) parts.push({ text: decode(stripTags(html.slice(last))), mark: false });
  return parts.filter((p) => p.text !== '');
}

function stripTags(s: string): string {
  return s.replace(/<[^>]*>/g, '');
}
