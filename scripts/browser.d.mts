export declare const SYSTEM_CHROMIUM: string[];
export declare function findBrowser(): { kind: 'playwright' | 'system'; path: string } | null;
export declare const SYSTEM_CHROMIUM_ARGS: string[];
