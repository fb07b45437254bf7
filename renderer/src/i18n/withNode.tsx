import { Fragment, type ReactNode } from 'react';

/**
 * A translated sentence with one placeholder left in (its value the placeholder itself)
 * and an element put in its place: a count that is a button, inside its sentence.
 */
export function withNode(sentence: string, name: string, node: ReactNode): ReactNode {
  const [before, ...after] = sentence.split(`{${name}}`);
  return after.length === 0 ? (
    sentence
  ) : (
    <>
      {before}
      {after.map((part, k) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed sentence
        <Fragment key={k}>
          {node}
          {part}
        </Fragment>
      ))}
    </>
  );
}
