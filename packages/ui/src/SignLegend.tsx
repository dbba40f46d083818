/** A legend for edge and value encodings: blue solid +, orange dashed −, gradient glow. */
export function SignLegend() {
  return (
    <div className="nudge-legend nudge-sign-legend" aria-label="Legend">
      <span>
        <svg width="28" height="8" aria-hidden>
          <line x1="2" y1="4" x2="26" y2="4" stroke="var(--nudge-pos)" strokeWidth="3" />
        </svg>
        + positive
      </span>
      <span>
        <svg width="28" height="8" aria-hidden>
          <line x1="2" y1="4" x2="26" y2="4" stroke="var(--nudge-neg)" strokeWidth="3" strokeDasharray="6 4" />
        </svg>
        − negative
      </span>
      <span>
        <svg width="28" height="12" aria-hidden style={{ overflow: "visible" }}>
          <line
            x1="4"
            y1="6"
            x2="24"
            y2="6"
            stroke="var(--nudge-grad)"
            strokeWidth="8"
            strokeOpacity="0.4"
            strokeLinecap="round"
          />
          <line x1="2" y1="6" x2="26" y2="6" stroke="var(--nudge-zero)" strokeWidth="2" />
        </svg>
        glow = |gradient|
      </span>
      <span>width = |weight|</span>
    </div>
  );
}
