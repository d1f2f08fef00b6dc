/** A count with its noun in the right number: plural(1, 'lesson') is "1 lesson", plural(18, 'lesson') "18 lessons". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The noun alone in the number `count` asks for, for labels set apart from their figure. */
export function nounFor(count: number, one: string, many = `${one}s`): string {
  return count === 1 ? one : many;
}
