import { HintBanner, Toast } from "@nudge/ui";
import { useEffect } from "react";
import { useUi } from "../store/ui-store";

/** Splits a message into a short bold head and the rest: "Could not open x.json: why…" → ["Could not open x.json", "why…"]. */
export function splitNotice(text: string): [string, string | undefined] {
  const m = /^(.{4,80}?)(?::\s|\.\s)(.+)$/s.exec(text);
  return m ? [m[1]!, m[2]!] : [text, undefined];
}

/** The one-line hint (@nudge/ui `HintBanner`), or the latest message as a `Toast` (errors stay until dismissed). */
export function NoticeBar() {
  const notice = useUi((s) => s.notice);
  const hint = useUi((s) => s.hint);
  useEffect(() => {
    if (notice?.kind !== "info" || notice.link) return;
    const t = window.setTimeout(() => useUi.getState().clearNotice(), 5000);
    return () => window.clearTimeout(t);
  }, [notice]);
  if (notice) {
    const [head, rest] = splitNotice(notice.text);
    return (
      <div className="nn-notice" data-testid="notice">
        <Toast
          kind={notice.kind === "error" ? "error" : "info"}
          title={head}
          onDismiss={() => useUi.getState().clearNotice()}
        >
          {rest}
          {notice.link && (
            <input
              className="nn-notice-link"
              readOnly
              value={notice.link}
              aria-label="Share link"
              onFocus={(e) => e.currentTarget.select()}
            />
          )}
        </Toast>
      </div>
    );
  }
  return hint ? (
    <div className="nn-notice nn-hint" data-testid="hint">
      <HintBanner>{hint}</HintBanner>
    </div>
  ) : null;
}
