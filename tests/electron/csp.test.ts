import { describe, expect, it } from 'vitest';
import { appProtocolHeaders, browserModeHeaders, contentSecurityPolicy } from '../../electron/main/csp';

function directivesOf(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );
}

describe('content security policy', () => {
  const directives = directivesOf(contentSecurityPolicy);

  it('denies everything by default', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
  });

  it('runs and styles only our own files: no inline code, no eval', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy).not.toContain('unsafe-inline');
    expect(contentSecurityPolicy).not.toContain('unsafe-eval');
    expect(contentSecurityPolicy).not.toContain('unsafe-hashes');
    expect(contentSecurityPolicy).not.toContain('wasm-unsafe-eval');
  });

  it('names no remote origin and no wildcard', () => {
    expect(contentSecurityPolicy).not.toMatch(/https?:|wss?:|\*|file:|filesystem:/);
  });

  it('closes plugins, base URL, forms and framing by others', () => {
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('relaxes only images (data:, blob:) and frames (blob:) for QR codes and the PDF preview', () => {
    expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(directives.get('frame-src')).toEqual(["'self'", 'blob:']);
    expect(directives.get('font-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    const relaxed = [...directives].filter(([, sources]) =>
      sources.some((source) => source === 'data:' || source === 'blob:'),
    );
    expect(relaxed.map(([name]) => name).sort()).toEqual(['frame-src', 'img-src']);
  });

  it('is sent with every app:// response together with nosniff and the file type', () => {
    const headers = appProtocolHeaders('text/javascript; charset=utf-8');
    expect(headers['Content-Security-Policy']).toBe(contentSecurityPolicy);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Content-Type']).toBe('text/javascript; charset=utf-8');
  });

  it('is the same policy in browser mode', () => {
    expect(browserModeHeaders()['Content-Security-Policy']).toBe(contentSecurityPolicy);
    expect(browserModeHeaders()['Referrer-Policy']).toBe('no-referrer');
  });
});
