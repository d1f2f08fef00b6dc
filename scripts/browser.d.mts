export declare const SYSTEM_CHROMIUM: string[];
export declare const SYSTEM_HEADLESS_SHELL: string;
export declare function findBrowser(options?: {
  shell?: boolean;
}): { kind: 'playwright' | 'system'; path: string } | null;
export declare const SYSTEM_CHROMIUM_ARGS: string[];
