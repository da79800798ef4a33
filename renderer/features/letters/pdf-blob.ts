/**
 * PDFs arrive from the services as base64 (no file path crosses the boundary). The page turns them
 * into blob: URLs for the preview iframe (the CSP allows frame-src blob:) and for downloads.
 */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

export function pdfBlob(base64: string): Blob {
  return new Blob([base64ToBytes(base64)], { type: 'application/pdf' });
}

/** "Save as PDF": the browser's (or Electron's) download, with the file name the services chose. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; free it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
