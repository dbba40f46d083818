import { makeTextSplit } from "@nudge/datasets";
import "./text.css";
import { isCountingBigram, type TextDataChoice } from "@nudge/graph";
import { useMemo } from "react";
import { useDoc } from "../../store/app-store";
import { ErrorBoundary } from "../ErrorBoundary";
import { CountingBigramPanel } from "./CountingBigramPanel";

/** Whether the open document is a counting bigram, whose workspace takes the canvas's place. */
export const useCountingBigram = () => useDoc((s) => isCountingBigram(s.doc));

/** The counting bigram's workspace: the count table of the document's words (all of them, as in the lecture). */
export function TextWorkspace() {
  const data = useDoc((s) => s.doc.data);
  if (data.kind !== "text") return null;
  return (
    <div className="nn-textspace" data-testid="text-workspace">
      <ErrorBoundary name="counting bigram">
        <Counted data={data} />
      </ErrorBoundary>
    </div>
  );
}

function Counted({ data }: { data: TextDataChoice }) {
  const words = useMemo(() => makeTextSplit(data).words, [data]);
  return <CountingBigramPanel words={words} />;
}
