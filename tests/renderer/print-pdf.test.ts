// @vitest-environment jsdom
/** The print seam prints the frame it is given, and does nothing when there is no frame or no window yet. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { printPdfFrame } from '../../renderer/features/letters/print-pdf';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

describe('printPdfFrame', () => {
  it("calls the frame's own window print, once, and not the page's", () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const framePrint = vi.fn();
    const pagePrint = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    frame.contentWindow!.print = framePrint;

    printPdfFrame(frame);

    expect(framePrint).toHaveBeenCalledTimes(1);
    expect(pagePrint).not.toHaveBeenCalled();
  });

  it('does nothing without a frame, or with a frame not in the page (no window)', () => {
    const pagePrint = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const detached = document.createElement('iframe');
    expect(detached.contentWindow).toBeNull();

    expect(() => printPdfFrame(null)).not.toThrow();
    expect(() => printPdfFrame(detached)).not.toThrow();
    expect(pagePrint).not.toHaveBeenCalled();
  });
});
