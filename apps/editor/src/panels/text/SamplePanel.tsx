import type { BigramTable } from "@nudge/models/bigram";
import { NumberField } from "@nudge/ui";
import { useState } from "react";

/** "Sample": ten words drawn from the table with a seed and a temperature; each press moves to the next seed. */
export function SamplePanel({ table }: { table: BigramTable }) {
  const [seed, setSeed] = useState(1);
  const [temperature, setTemperature] = useState(1);
  const [drawn, setDrawn] = useState<{ seed: number; temperature: number; words: string[] } | null>(null);
  const sample = () => {
    setDrawn({ seed, temperature, words: table.sample({ count: 10, seed, temperature }) });
    setSeed(seed + 1);
  };
  return (
    <div className="nn-bigram__sample">
      <div className="nn-row">
        <NumberField label="Seed" value={seed} onChange={setSeed} integer min={0} max={2 ** 31 - 1} />
        <NumberField label="Temperature" value={temperature} onChange={setTemperature} min={0.05} max={10} />
        <button type="button" onClick={sample}>
          Sample
        </button>
      </div>
      {drawn && (
        <figure className="nn-bigram__samples">
          <ol aria-label="Sampled words" data-testid="bigram-samples">
            {drawn.words.map((w, i) => (
              <li key={i} className="nudge-mono">
                {w}
              </li>
            ))}
          </ol>
          <figcaption className="nn-muted">
            seed {drawn.seed}, temperature {drawn.temperature}: one character at a time from the row of the one before,
            until "{table.vocab.chars[0]}"
          </figcaption>
        </figure>
      )}
    </div>
  );
}
