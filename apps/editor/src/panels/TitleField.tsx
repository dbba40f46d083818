import { useState } from "react";
import { useDoc } from "../store/app-store";

/** The document title, edited in place: Enter or leaving the field renames (one undo step), Escape keeps the old title. */
export function TitleField() {
  const title = useDoc((s) => s.doc.title);
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft !== null) useDoc.getState().setTitle(draft);
    setDraft(null);
  };
  return (
    <input
      className="nn-title"
      aria-label="Graph title"
      title="Graph title (names exported files)"
      value={draft ?? title}
      size={Math.min(28, Math.max(8, (draft ?? title).length))}
      onFocus={(e) => e.currentTarget.select()}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === "Enter") e.currentTarget.blur();
        if (e.key === "Escape") {
          setDraft(null);
          requestAnimationFrame(() => (e.target as HTMLInputElement).blur());
        }
      }}
    />
  );
}
