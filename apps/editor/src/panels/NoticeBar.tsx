import { useEffect } from "react";
import { useUi } from "../store/ui-store";

/** The one-line hint, or the latest message (errors stay until dismissed). */
export function NoticeBar() {
  const notice = useUi((s) => s.notice);
  const hint = useUi((s) => s.hint);
  useEffect(() => {
    if (notice?.kind !== "info") return;
    const t = window.setTimeout(() => useUi.getState().clearNotice(), 5000);
    return () => window.clearTimeout(t);
  }, [notice]);
  if (notice)
    return (
      <div className={`nn-notice nn-notice-${notice.kind}`} role={notice.kind === "error" ? "alert" : "status"} data-testid="notice">
        <span>{notice.kind === "error" ? "⚠ " : ""}{notice.text}</span>
        <button type="button" onClick={() => useUi.getState().clearNotice()} aria-label="Dismiss message">×</button>
      </div>
    );
  return hint ? <div className="nn-notice nn-hint" role="status" data-testid="hint"><strong>Try: </strong>{hint}</div> : null;
}
