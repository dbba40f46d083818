export interface CharVocabTableProps {
  /** Index → character; `chars[0]` is the start/end token. */
  chars: readonly string[];
  /** Characters per row pair (char, index); default 10, so 27 symbols fit a side panel in three. */
  perRow?: number;
}

const shown = (c: string) => (c === " " ? "␣" : c);

/** A character vocabulary as a table of char ↔ index, the start/end token first. */
export function CharVocabTable({ chars, perRow = 10 }: CharVocabTableProps) {
  const starts = Array.from({ length: Math.ceil(chars.length / perRow) }, (_, k) => k * perRow);
  return (
    <figure className="nudge-vocab">
      <table className="nudge-table" aria-label={`Character vocabulary, ${chars.length} symbols`}>
        {starts.map((start) => (
          <tbody key={start}>
            <tr>
              <th scope="row">char</th>
              {chars.slice(start, start + perRow).map((c, i) => (
                <td key={i} className="nudge-mono" title={start + i === 0 ? "start/end token" : undefined}>
                  {shown(c)}
                </td>
              ))}
            </tr>
            <tr>
              <th scope="row">index</th>
              {chars.slice(start, start + perRow).map((_, i) => (
                <td key={i}>{start + i}</td>
              ))}
            </tr>
          </tbody>
        ))}
      </table>
      <figcaption>
        {chars.length} symbols: "{chars[0]}" (index 0) marks both the start and the end of a word.
      </figcaption>
    </figure>
  );
}
