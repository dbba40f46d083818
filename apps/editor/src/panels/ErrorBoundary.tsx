import { Component, type ReactNode } from "react";

/** Keeps one broken panel from taking the editor down; the learner's graph is never lost. */
export class ErrorBoundary extends Component<{ name: string; children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="nn-problem" role="alert">
        The {this.props.name} hit a problem and stopped drawing ({this.state.error.message}). Your graph is safe.{" "}
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
