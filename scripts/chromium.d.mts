// Types of scripts/chromium.mjs, for playwright.config.ts and the tests.
export type ChromiumSource = 'GUICHET_CHROMIUM' | 'system' | 'playwright';

export type ResolvedChromium = {
  source: ChromiumSource;
  /** Undefined only when Playwright cannot name a browser for this platform. */
  executablePath: string | undefined;
  isPresent: boolean;
};

export declare function findOnPath(name: string, env?: NodeJS.ProcessEnv): string | undefined;
export declare function resolveChromium(options: {
  env?: NodeJS.ProcessEnv;
  playwrightExecutable: () => string | undefined;
}): ResolvedChromium;
