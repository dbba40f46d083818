// @nudge/runtime's client imports comlink's node adapter, which ships no types; its own shim is not visible from here.
declare module "comlink/dist/esm/node-adapter.mjs" {
  import type { Endpoint } from "comlink";
  export default function nodeEndpoint(nep: unknown): Endpoint;
}
