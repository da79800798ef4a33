// Types of the electron-builder afterPack hook, for the tests that import it.
export type FuseName =
  | 'RunAsNode'
  | 'EnableCookieEncryption'
  | 'EnableNodeOptionsEnvironmentVariable'
  | 'EnableNodeCliInspectArguments'
  | 'EnableEmbeddedAsarIntegrityValidation'
  | 'OnlyLoadAppFromAsar'
  | 'GrantFileProtocolExtraPrivileges';

/** The part of electron-builder's AfterPackContext the hook reads. */
export type PackContext = {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { appInfo: { productFilename: string }; executableName: string };
};

export declare const wantedFuses: Readonly<Record<FuseName, boolean>>;
export declare function electronBinaryPath(context: PackContext): string;
export declare function afterPack(context: PackContext): Promise<void>;
export default afterPack;
