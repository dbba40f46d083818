export { ShapeBadge } from "./ShapeBadge";
export type { ShapeBadgeProps } from "./ShapeBadge";
