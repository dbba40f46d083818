import type { ReactNode } from "react";

export interface HintBannerProps {
  children: ReactNode;
  /** Shows a "Dismiss hint" button when given. */
  onDismiss?: () => void;
}

/** A one-line hint of what to try next (first run, empty states). */
export function HintBanner({ children, onDismiss }: HintBannerProps) {
  return (
    <div className="nudge-hint" role="status">
      <span className="nudge-hint__icon">Tip</span>
      <span className="nudge-hint__text">{children}</span>
      {onDismiss && (
        <button type="button" className="nudge-button nudge-hint__close" onClick={onDismiss} aria-label="Dismiss hint">
          ✕
        </button>
      )}
    </div>
  );
}
