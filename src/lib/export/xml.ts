/**
 * XML text for the XML-based exports (Moodle XML, QTI 2.1, QTI 1.2): escaping for text and attribute values, and
 * the characters XML 1.0 cannot hold removed, so that any content (quotes, `<script>`, non-Latin scripts, emoji)
 * comes out well-formed and inert.
 */

/** Characters XML 1.0 does not allow anywhere (C0 controls other than tab, line feed and carriage return; lone surrogates; U+FFFE/U+FFFF). */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text content: `&`, `<` and `>` escaped. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value (to be written inside double quotes). */
export function xmlAttr(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

/**
 * Plain text as HTML for formats whose text fields are HTML (Moodle's `format="html"`, QTI's XHTML bodies): escaped,
 * with line breaks kept as `<br />`. The result still needs `xmlText` (or a CDATA-free writer) to go into the XML.
 */
export function plainToHtml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r?\n/g, '<br />');
}
