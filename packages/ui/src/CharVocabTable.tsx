export interface CharVocabTableProps {
  /** Index → character; `chars[0]` is the start/end token. */
  chars: readonly string[];
}

const shown = (c: string) => (c === " " ? "␣" : c);

/** A character vocabulary as a table of char ↔ index, the start/end token first. */
export function CharVocabTable({ chars }: CharVocabTableProps) {
  return (
    <figure className="nudge-vocab">
      <table className="nudge-table" aria-label={`Character vocabulary, ${chars.length} symbols`}>
        <tbody>
          <tr>
            <th scope="row">char</th>
            {chars.map((c, i) => (
              <td key={i} className="nudge-mono" title={i === 0 ? "start/end token" : undefined}>
                {shown(c)}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">index</th>
            {chars.map((_, i) => (
              <td key={i}>{i}</td>
            ))}
          </tr>
        </tbody>
      </table>
      <figcaption>
        {chars.length} symbols: "{chars[0]}" (index 0) marks both the start and the end of a word.
      </figcaption>
    </figure>
  );
}
