let count = 0;

/** A fresh prefix for element ids of an embedded widget: unique across the build, so unique on any page. */
export function nextEmbedId(prefix: string): string {
  count += 1;
  return `${prefix}${count}`;
}
