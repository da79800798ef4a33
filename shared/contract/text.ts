/**
 * User text as the contract accepts it. Control characters have no place in a name, a subject or a
 * note: a NUL stops C-string consumers (a device's sync stopped on one), and escape sequences end up
 * in letters, CSV manifests and logs. Lone surrogates are not text at all: they cannot be encoded in
 * UTF-8 (PostgreSQL refuses them, a PDF shows garbage). Every string has a maximum length.
 *
 * - single-line text (names, subjects, codes): tab is the only control character allowed;
 * - multi-line text (notes, grounds): tab, line feed and carriage return, as pasted from any editor.
 */
import { z } from 'zod';

/** C0 controls except tab, DEL and the C1 controls: what single-line text refuses. */
const SINGLE_LINE_CONTROLS = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F]/;
/** The same, letting line feed and carriage return through. */
const MULTI_LINE_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** A surrogate code unit not part of a pair: with the `u` flag, paired ones are one code point. */
const LONE_SURROGATE = /\p{Cs}/u;

export const textMessages = {
  control: 'validation.text.controlCharacter',
  surrogate: 'validation.text.invalidCharacter',
  tooLong: 'validation.text.tooLong',
} as const;

export function hasControlCharacter(value: string, isMultiLine: boolean): boolean {
  return (isMultiLine ? MULTI_LINE_CONTROLS : SINGLE_LINE_CONTROLS).test(value);
}

export function hasLoneSurrogate(value: string): boolean {
  return LONE_SURROGATE.test(value);
}

type TextOptions = { max: number; tooLongKey?: string };

function text(options: TextOptions, isMultiLine: boolean) {
  return z
    .string()
    .max(options.max, { error: options.tooLongKey ?? textMessages.tooLong })
    .refine((value) => !hasControlCharacter(value, isMultiLine), { error: textMessages.control })
    .refine((value) => !hasLoneSurrogate(value), { error: textMessages.surrogate });
}

/** A name, subject, title or code typed on one line. Chain `.trim()`, `.min()` and the like after it. */
export function singleLineText(options: TextOptions) {
  return text(options, false);
}

/** A note or grounds: several lines allowed. */
export function multiLineText(options: TextOptions) {
  return text(options, true);
}
