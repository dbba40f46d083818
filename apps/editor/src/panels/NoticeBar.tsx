import { HintBanner, Toast } from "@nudge/ui";
import { useEffect } from "react";
import { useUi } from "../store/ui-store";

/** The one-line hint (@nudge/ui `HintBanner`), or the latest message as a `Toast` (errors stay until dismissed). */
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
      <div className="nn-notice" data-testid="notice">
        <Toast kind={notice.kind === "error" ? "error" : "info"} title={notice.text} onDismiss={() => useUi.getState().clearNotice()} />
      </div>
    );
  return hint ? <div className="nn-notice nn-hint" data-testid="hint"><HintBanner>{hint}</HintBanner></div> : null;
}
