/** One pair of a word under a bigram model (the shape of `@nudge/models`' `PairLikelihood`). */
export interface PairLikelihoodRow {
  pair: string;
  p: number;
  logP: number;
  sum: number;
}

export interface WordLikelihoodTableProps {
  word: string;
  pairs: readonly PairLikelihoodRow[];
  logLikelihood: number;
  /** −logLikelihood / pairs. */
  nll: number;
}

const num = (x: number, digits = 4) =>
  x === -Infinity ? "−∞" : x === Infinity ? "∞" : x.toFixed(digits).replace("-", "−");

/** A word's log-likelihood character by character: pair, p, log p and the running sum (a density over strings). */
export function WordLikelihoodTable({ word, pairs, logLikelihood, nll }: WordLikelihoodTableProps) {
  const impossible = pairs.find((r) => r.p === 0);
  return (
    <figure className="nudge-likelihood">
      <table className="nudge-table" aria-label={`Log-likelihood of "${word}"`}>
        <thead>
          <tr>
            <th scope="col">pair</th>
            <th scope="col">p</th>
            <th scope="col">log p</th>
            <th scope="col">running sum</th>
          </tr>
        </thead>
        <tbody>
          {pairs.map((r, i) => (
            <tr key={i} className={r.p === 0 ? "nudge-likelihood__impossible" : undefined}>
              <td className="nudge-mono">{r.pair}</td>
              <td>{num(r.p)}</td>
              <td>{num(r.logP)}</td>
              <td>{num(r.sum)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <figcaption>
        log-likelihood of <b className="nudge-mono">{word}</b> ={" "}
        <b data-testid="word-log-likelihood">{num(logLikelihood)}</b>
        {"; "}average NLL = {num(nll)} over {pairs.length} pairs
        {impossible && (
          <span role="note">
            {" "}
            — "{impossible.pair}" never occurs in the counted words, so the model gives this word probability 0: add
            smoothing.
          </span>
        )}
      </figcaption>
    </figure>
  );
}
