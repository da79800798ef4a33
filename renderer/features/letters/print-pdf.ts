/**
 * Printing a letter is the preview frame's own print: the PDF viewer inside the frame prints the
 * document itself, so the printed pages are the previewed bytes. Kept apart so a test can watch
 * the call without a real print dialog, which a headless browser cannot open.
 */
export function printPdfFrame(frame: HTMLIFrameElement | null): void {
  frame?.contentWindow?.print();
}
