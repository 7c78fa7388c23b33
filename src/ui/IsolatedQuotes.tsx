import { Fragment } from 'react';

/**
 * An app sentence with user text quoted in curly quotes (“…”, as the validator and notices write
 * it): each quoted part is isolated in `<bdi>`, so a Hebrew or Arabic title cannot reorder the
 * English sentence around it, and the sentence cannot reorder the title.
 */
export function IsolatedQuotes({ text }: { text: string }) {
  const parts = text.split(/(“[^”]*”)/);
  return (
    <>
      {parts.map((part, index) =>
        part.startsWith('“') && part.endsWith('”') && part.length >= 2 ? (
          <Fragment key={index}>
            “<bdi>{part.slice(1, -1)}</bdi>”
          </Fragment>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </>
  );
}
