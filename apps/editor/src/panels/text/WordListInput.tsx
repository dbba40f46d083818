import { parseWordList, wordListLimits } from "@nudge/encoders";
import { useId, useRef, useState } from "react";
import { useUi } from "../../store/ui-store";

// A file far beyond the text limit is refused from its size, without reading it (UTF-8: at most 4 bytes a character).
const maxFileBytes = 4 * wordListLimits.maxTextLength;
const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** Paste, choose or drop a .txt word list; a bad list is refused with its line named and the document is left alone. */
export function WordListInput({ onWords }: { onWords: (name: string, words: string[]) => void }) {
  const id = useId();
  const file = useRef<HTMLInputElement>(null);
  const notify = useUi((s) => s.notify);
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [over, setOver] = useState(false);
  const refuse = (message: string) => {
    setError(message);
    notify("error", message);
  };
  const take = (name: string, source: string) => {
    try {
      const words = parseWordList(source);
      setError(null);
      onWords(name, words);
      notify("info", `${name}: ${words.length.toLocaleString("en-US")} words are the text now.`);
    } catch (e) {
      refuse(`${name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const read = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > maxFileBytes)
      return refuse(
        `${file.name}: the file is ${megabytes(file.size)}; word lists are limited to ${megabytes(wordListLimits.maxTextLength)}. Use a shorter list.`,
      );
    take(file.name, await file.text());
  };
  return (
    <div
      className="nn-textdata__drop"
      data-over={over}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        void read(e.dataTransfer.files[0]);
      }}
    >
      <label htmlFor={id}>Paste words, one per line (or drop a .txt file here)</label>
      <textarea id={id} value={text} spellCheck={false} onChange={(e) => setText(e.currentTarget.value)} />
      <div className="nn-row">
        <button type="button" disabled={text.trim() === ""} onClick={() => take("pasted words", text)}>
          Use these words
        </button>
        <button type="button" onClick={() => file.current?.click()}>
          Import .txt…
        </button>
        <input
          ref={file}
          type="file"
          accept=".txt,text/plain"
          hidden
          data-testid="word-list-file"
          onChange={(e) => {
            void read(e.currentTarget.files?.[0]);
            e.currentTarget.value = "";
          }}
        />
      </div>
      {error && (
        <p className="nudge-field__error" role="alert" data-testid="word-list-error">
          {error}
        </p>
      )}
    </div>
  );
}
