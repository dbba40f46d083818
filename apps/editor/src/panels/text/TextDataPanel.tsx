import { makeTextSplit, namesInfo } from "@nudge/datasets";
import { namesData, wordsData, type TextDataChoice } from "@nudge/graph";
import { CharVocabTable } from "@nudge/ui";
import { useMemo, useState } from "react";
import { useDoc } from "../../store/app-store";
import { WordListInput } from "./WordListInput";

const count = (n: number) => n.toLocaleString("en-US");
const percents = (f: readonly number[]) => f.map((x) => Math.round(x * 100)).join("/");

/** The text a document learns from: the shipped names or the learner's own word list, its vocabulary and its split. */
export function TextDataPanel({ data }: { data: TextDataChoice }) {
  const setData = useDoc((s) => s.setData);
  const split = useMemo(() => makeTextSplit(data), [data]);
  const [own, setOwn] = useState(data.source === "words");
  const keep = { seed: data.seed, fractions: data.fractions };
  return (
    <section className="nn-panel nn-textdata" aria-label="Text data">
      <h2>Text data</h2>
      <fieldset className="nn-row">
        <legend className="nn-muted">Words to learn from, one per line</legend>
        <label>
          <input
            type="radio"
            name="text-source"
            checked={!own}
            onChange={() => {
              setOwn(false);
              if (data.source !== "names") setData(namesData(keep));
            }}
          />{" "}
          Shipped names ({count(namesInfo.count)})
        </label>
        <label>
          <input type="radio" name="text-source" checked={own} onChange={() => setOwn(true)} /> My own word list
        </label>
      </fieldset>
      {data.source === "names" && !own && <p className="nn-muted nn-provenance">{namesInfo.source}</p>}
      {data.source === "words" && (
        <p>
          <b>{data.name}</b>: {count(data.words.length)} words
        </p>
      )}
      {own && <WordListInput onWords={(name, words) => setData(wordsData(name, words, keep))} />}
      <CharVocabTable chars={split.vocab.chars} />
      <p data-testid="text-split">
        Split by word ({percents(data.fractions)}, seed {data.seed}): train {count(split.train.length)} · dev{" "}
        {count(split.dev.length)} · test {count(split.test.length)}
      </p>
    </section>
  );
}
