import type { ReactNode } from "react";

export interface ToastProps {
  kind: "error" | "info" | "success";
  title: string;
  /** What went wrong and what to do. */
  children?: ReactNode;
  onDismiss?: () => void;
}

const icon = { error: "⚠", info: "ℹ", success: "✓" } as const;

/** A message for errors (bad file, refused connection) and confirmations; errors are announced immediately. */
export function Toast({ kind, title, children, onDismiss }: ToastProps) {
  return (
    <div className={`nudge-toast nudge-toast--${kind}`} role={kind === "error" ? "alert" : "status"}>
      <span className="nudge-toast__icon" aria-hidden>
        {icon[kind]}
      </span>
      <div className="nudge-toast__body">
        <strong className="nudge-toast__title">{title}</strong>
        {children && <div className="nudge-toast__text">{children}</div>}
      </div>
      {onDismiss && (
        <button
          type="button"
          className="nudge-button nudge-toast__close"
          onClick={onDismiss}
          aria-label="Dismiss message"
        >
          ✕
        </button>
      )}
    </div>
  );
}
