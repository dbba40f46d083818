import { templates } from "../doc/graph-api";
import { openDocument } from "../persistence/open";
import { useUi } from "../store/ui-store";
import { autoLayout } from "./layout";
import { settleLayout, type FlowLike } from "./settle";

/** Opens a template as a new graph (the current one stays in My graphs), shows its hint and fits it at a readable zoom. */
export async function openTemplate(id: string, flow: FlowLike): Promise<void> {
  const t = templates.find((x) => x.id === id);
  if (!t) return;
  useUi.getState().setSettled(false);
  await openDocument(await autoLayout(t.build()), "new");
  useUi.getState().setHint(t.hint);
  await settleLayout(flow);
}
