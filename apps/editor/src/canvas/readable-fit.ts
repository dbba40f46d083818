/** Node text is at least 11 px at zoom 1 (the smallest type token, `--nudge-text-xs`), so the editor never fits below it. */
export const READABLE_ZOOM = 1;

/** Fit options that keep node text readable: a big network is shown at a zoom that reads and the learner pans. */
export const readableFitOptions = { padding: 0.12, minZoom: READABLE_ZOOM, maxZoom: 1.4 };

/** The React Flow calls a readable fit needs. */
export interface FitFlow {
  getNodes(): { position: { x: number; y: number } }[];
  fitView(options?: { padding?: number; minZoom?: number; maxZoom?: number; duration?: number }): Promise<boolean>;
  getViewport(): { x: number; y: number; zoom: number };
  setViewport(viewport: { x: number; y: number; zoom: number }, options?: { duration?: number }): Promise<boolean>;
}

/** Room on the left for the zoom controls and at the top for the legend, so no node starts under them. */
const MARGIN = { left: 48, top: 64 };

/** Fits the graph into view; when it does not fit at a readable zoom, shows its left edge (the inputs) and, if it is taller than the view, its top. */
export async function fitReadable(flow: FitFlow): Promise<void> {
  await flow.fitView(readableFitOptions);
  const { y, zoom } = flow.getViewport();
  if (zoom > READABLE_ZOOM + 1e-6) return;
  const at = flow.getNodes().map((n) => n.position);
  const left = Math.min(...at.map((p) => p.x));
  const top = Math.min(...at.map((p) => p.y));
  if (!Number.isFinite(left)) return;
  await flow.setViewport({ x: MARGIN.left - left * zoom, y: top * zoom + y < 0 ? MARGIN.top - top * zoom : y, zoom });
}
