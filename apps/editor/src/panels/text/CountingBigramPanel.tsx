import { bigramTable, countBigrams } from "@nudge/models/bigram";
import "./text.css";
import { BigramHeatMap, NextCharChart, NumberField } from "@nudge/ui";
import { useMemo, useState } from "react";
import { SamplePanel } from "./SamplePanel";
import { WordLikelihoodBox } from "./WordLikelihoodBox";

const count = (n: number) => n.toLocaleString("en-US");

/**
 * makemore part 1 on the document's words: the count table as a heat map (hover, zoom, click a row), that row's
 * next-character probabilities, the average NLL with a smoothing control, sampling, and a word's log-likelihood.
 */
export function CountingBigramPanel({ words }: { words: readonly string[] }) {
  const counted = useMemo(() => countBigrams(words), [words]);
  const [smoothing, setSmoothing] = useState(0);
  const table = useMemo(
    () => (smoothing === 0 ? counted : bigramTable(counted.counts, counted.vocab, smoothing)),
    [counted, smoothing],
  );
  const [row, setRow] = useState(0);
  const [zoomed, setZoomed] = useState(false);
  const alphabet = table.vocab.chars;
  return (
    <section className="nn-panel nn-bigram" aria-label="Counting bigram">
      <h2>Bigram counts</h2>
      <p className="nn-bigram__nll">
        Average NLL over all {count(words.length)} words ({count(table.pairCount)} pairs):{" "}
        <output data-testid="bigram-nll" aria-label="average negative log-likelihood">
          {table.trainingNll.toFixed(4)}
        </output>
        <span className="nn-muted"> nats per character, counting the end "{alphabet[0]}"</span>
      </p>
      <div className="nn-row nn-bigram__controls">
        <NumberField
          label="Smoothing (added to every count)"
          value={smoothing}
          onChange={setSmoothing}
          min={0}
          max={1e6}
        />
        <button type="button" onClick={() => setSmoothing(smoothing === 1 ? 0 : 1)}>
          {smoothing === 1 ? "No smoothing" : "Add-one smoothing"}
        </button>
        <button type="button" aria-pressed={zoomed} onClick={() => setZoomed(!zoomed)}>
          {zoomed ? "Zoom out" : "Zoom in (show every count)"}
        </button>
      </div>
      <div className="nn-bigram__map">
        <BigramHeatMap
          counts={table.counts}
          alphabet={alphabet}
          cellSize={zoomed ? 36 : 18}
          selectedRow={row}
          onSelectRow={setRow}
        />
      </div>
      <NextCharChart previous={alphabet[row]!} alphabet={alphabet} probabilities={table.next(row)} width={486} />
      <SamplePanel table={table} />
      <WordLikelihoodBox table={table} />
    </section>
  );
}
