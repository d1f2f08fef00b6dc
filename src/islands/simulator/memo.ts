import { h, type Component, type FunctionComponent } from 'preact';

/** Whether two props objects differ in any key, compared with `===`. */
function differs(a: object, b: object): boolean {
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const key in x) if (x[key] !== y[key]) return true;
  // A prop only the new props have differs too (the loop above saw every old one).
  return Object.keys(y).length !== Object.keys(x).length;
}

/**
 * A component that renders again only when one of its props changed (`===`), like `memo` of `preact/compat`
 * without loading compat, which would also change how every island's events behave. The simulator's sections are
 * wrapped so that a keystroke redraws only what it changes.
 */
export function memo<P extends object>(component: FunctionComponent<P>): FunctionComponent<P> {
  return function Memoed(this: Component<P>, props: P) {
    this.shouldComponentUpdate = (next: P) => differs(this.props, next);
    return h(component, props);
  };
}
