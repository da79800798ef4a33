// Types of scripts/preflight-requirements.mjs, for the tests.
export type System = 'debian' | 'ubuntu' | 'linux' | 'darwin' | 'win32' | 'other';

export type Tool = {
  name: string;
  commands: string[];
  why: string;
  aptPackage: string;
  darwin: string;
  win32: string;
};

export declare const TOOLS: readonly Tool[];
export declare function systemOf(platform: string, osRelease?: string): System;
export declare function toolInstallCommand(tool: Tool, system: System, isRoot: boolean): string;
export declare function chromiumInstallCommand(system: System, isRoot: boolean): string;
export declare function aptPackagesFor(options: {
  missingTools: readonly Tool[];
  isChromiumMissing: boolean;
  system: System;
}): string[];
export declare function postgresStartCommand(system: System, isRoot: boolean): string;
export declare function isNodeRecentEnough(actual: string, range: string | undefined): boolean;
