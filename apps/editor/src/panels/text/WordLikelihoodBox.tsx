import type { BigramTable, WordLikelihood } from "@nudge/models/bigram";
import { WordLikelihoodTable } from "@nudge/ui";
import { useId, useState } from "react";

function score(table: BigramTable, word: string): { result: WordLikelihood } | { error: string } | null {
  if (word.length === 0) return null;
  try {
    return { result: table.likelihood(word) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/** Type any word and read its log-likelihood pair by pair: a bigram model is a density model over strings. */
export function WordLikelihoodBox({ table }: { table: BigramTable }) {
  const id = useId();
  const [word, setWord] = useState("");
  const scored = score(table, word);
  return (
    <div className="nn-bigram__word">
      <label htmlFor={id}>How likely is a word?</label>{" "}
      <input
        id={id}
        value={word}
        placeholder="e.g. andrej"
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => setWord(e.currentTarget.value)}
      />
      <p className="nn-muted">A bigram model is a density model over strings: every word gets a probability.</p>
      {scored && "error" in scored && (
        <p className="nudge-field__error" role="alert">
          {scored.error}
        </p>
      )}
      {scored && "result" in scored && <WordLikelihoodTable {...scored.result} />}
    </div>
  );
}
