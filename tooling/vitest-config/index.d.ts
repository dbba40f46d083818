import type { ViteUserConfig } from "vitest/config";

export declare const chromiumArgs: string[];
export declare function chromiumPath(): string;
export declare function nodeConfig(overrides?: ViteUserConfig): ViteUserConfig;
export declare function chromiumBrowser(): NonNullable<NonNullable<ViteUserConfig["test"]>["browser"]>;
export declare function browserConfig(overrides?: ViteUserConfig): ViteUserConfig;
