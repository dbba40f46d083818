export { default } from "@nudge/eslint-config";
