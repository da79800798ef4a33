// electron-builder afterPack hook: flips Electron's fuses in the packaged binary, before signing.
// electron-builder 25 has no `electronFuses` option (it arrived in 26, whose rebuild chain needs
// Node 22), so this uses @electron/fuses 1.x (no Node 22 requirement) directly.
//
// Fuses are switches baked into the Electron binary: flipped here, they cannot be turned back on
// by an environment variable or a command-line flag on the counter's PC.
import path from 'node:path';

/** Fuse name (as in @electron/fuses' FuseV1Options) → wanted state. */
export const wantedFuses = {
  // The binary cannot be started as a plain Node.js (ELECTRON_RUN_AS_NODE): no free interpreter.
  RunAsNode: false,
  // Cookies and similar stores are encrypted with the OS key store.
  EnableCookieEncryption: true,
  // NODE_OPTIONS (e.g. --require of a foreign script) is ignored.
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect and friends are ignored: no debugger can attach to the main process.
  EnableNodeCliInspectArguments: false,
  // app.asar is checked against the hash electron-builder embeds (macOS and Windows).
  EnableEmbeddedAsarIntegrityValidation: true,
  // Only the (integrity-checked) app.asar is loaded, never a loose app folder placed beside it.
  OnlyLoadAppFromAsar: true,
  // We serve from app://, never file://: file:// pages get no extra privileges.
  GrantFileProtocolExtraPrivileges: false,
};

/** Path of the binary that carries the fuse wire, per platform, inside electron-builder's output. */
export function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const productFilename = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') {
    return path.join(appOutDir, `${productFilename}.app`);
  }
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${productFilename}.exe`);
  return path.join(appOutDir, packager.executableName);
}

export async function afterPack(context) {
  // Imported here, not at the top, so that a missing dev dependency fails the packaging step
  // with a clear message instead of failing to load the hook.
  let fuses;
  try {
    fuses = await import('@electron/fuses');
  } catch {
    throw new Error('Packaging needs @electron/fuses: npm install --save-dev @electron/fuses@1.8.0');
  }
  const { Arch } = await import('electron-builder');
  const { FuseV1Options, FuseVersion, flipFuses } = fuses;
  const config = {
    version: FuseVersion.V1,
    // Flipping bytes breaks the ad-hoc signature that arm64 macOS binaries need to start at all;
    // @electron/fuses re-signs ad hoc (a release build is then properly signed after this hook).
    resetAdHocDarwinSignature:
      context.electronPlatformName === 'darwin' && (context.arch === Arch.arm64 || context.arch === Arch.universal),
  };
  for (const [name, isEnabled] of Object.entries(wantedFuses)) {
    if (!(name in FuseV1Options)) throw new Error(`@electron/fuses does not know the fuse ${name}`);
    config[FuseV1Options[name]] = isEnabled;
  }
  const binary = electronBinaryPath(context);
  await flipFuses(binary, config);
  console.log(`  • electron fuses flipped  file=${binary}`);
}

export default afterPack;
