import { autoLayout } from "../canvas/layout";
import { firstTemplate } from "../store/app-store";
import { useUi } from "../store/ui-store";
import { adoptLegacyAutosave, listRecords, readRecord } from "./library";
import { sessionDocId } from "./library-store";
import { adoptPending } from "./pending";
import { openDocument, readLink, readText } from "./open";

const titleOf = (text: string) => {
  const res = readText(text);
  return res.ok ? res.doc.title : "Recovered graph";
};

/** Whether the address carries a share link (`#g=…`). */
export const hasLink = (hash = location.hash) => /^#g=/.test(hash);

/** Opens the share link in the address as a new graph and takes it out of the address (a reload then shows the learner's edits). */
export async function openLinkInAddress(): Promise<boolean> {
  const link = readLink(location.href);
  history.replaceState(null, "", location.pathname + location.search);
  if (!link.ok) {
    useUi.getState().notify("error", link.message);
    return false;
  }
  await openDocument(link.doc, "new");
  useUi.getState().setHint(`Opened a shared graph as a new graph of yours: “${link.doc.title}”.`);
  return true;
}

/** Opens a saved graph; one that no longer opens is kept as it is and reported, never overwritten. */
export async function openSaved(id: string): Promise<boolean> {
  const record = await readRecord(id);
  if (!record) return false;
  const res = readText(record.text);
  if (!res.ok) {
    useUi
      .getState()
      .notify(
        "error",
        `Your saved graph “${record.title}” could not be opened: ${res.message} It is kept unchanged in My graphs, where you can repair or download it.`,
      );
    return false;
  }
  await openDocument(res.doc, record);
  useUi.getState().setHint(`Welcome back: restored “${res.doc.title}”.`);
  return true;
}

/** Opens the first-run template as a new graph. */
export async function openFirstTemplate(): Promise<void> {
  await openDocument(await autoLayout(firstTemplate.build()), "new");
  useUi.getState().setHint(firstTemplate.hint);
}

/**
 * What a tab opens: a share link in the address, else the graph this tab had (after a reload), else the most
 * recently saved one, else the first template. Returns whether it is the fresh template (it still needs its layout).
 */
export async function openAtStartup(): Promise<boolean> {
  try {
    await adoptLegacyAutosave(titleOf);
    const session = await adoptPending(sessionDocId());
    if (hasLink() && (await openLinkInAddress())) return false;
    if (session && (await openSaved(session))) return false;
    const latest = (await listRecords())[0];
    if (latest && latest.id !== session && (await openSaved(latest.id))) return false;
  } catch (e) {
    useUi
      .getState()
      .notify(
        "error",
        `Your saved graphs could not be read: ${e instanceof Error ? e.message : String(e)} Opened a template instead; nothing was overwritten.`,
      );
  }
  await openFirstTemplate();
  return true;
}
