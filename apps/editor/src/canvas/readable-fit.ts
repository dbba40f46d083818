/** Node text is at least 11 px at zoom 1 (the smallest type token, `--nudge-text-xs`), so the editor never fits below it. */
export const READABLE_ZOOM = 1;

/** Fit options that keep node text readable: a big network is shown at a zoom that reads and the learner pans. */
export const readableFitOptions = { padding: 0.12, minZoom: READABLE_ZOOM, maxZoom: 1.4 };

/** The React Flow calls a readable fit needs. */
export interface FitFlow {
  getNodes(): { position: { x: number } }[];
  fitView(options?: { padding?: number; minZoom?: number; maxZoom?: number; duration?: number }): Promise<boolean>;
  getViewport(): { x: number; y: number; zoom: number };
  setViewport(viewport: { x: number; y: number; zoom: number }, options?: { duration?: number }): Promise<boolean>;
}

/** Fits the graph into view; when it does not fit at a readable zoom, shows its left edge (the inputs) instead of its middle. */
export async function fitReadable(flow: FitFlow): Promise<void> {
  await flow.fitView(readableFitOptions);
  const { y, zoom } = flow.getViewport();
  if (zoom > READABLE_ZOOM + 1e-6) return;
  const left = Math.min(...flow.getNodes().map((n) => n.position.x));
  if (Number.isFinite(left)) await flow.setViewport({ x: 24 - left * zoom, y, zoom });
}
