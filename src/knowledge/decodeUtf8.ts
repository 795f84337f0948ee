/** Strict UTF-8 decoding that says where the first bad byte is, as a 1-based line number. */

export type Decoded = { ok: true; text: string } | { ok: false; line: number; message: string };

const strict = new TextDecoder('utf-8', { fatal: true });

export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: strict.decode(bytes).replace(/^\uFEFF/u, '') };
  } catch {
    const offset = firstInvalidByte(bytes);
    let line = 1;
    for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
    const byte = bytes[offset] ?? 0;
    return {
      ok: false,
      line,
      message: `not valid UTF-8 (byte 0x${byte.toString(16).padStart(2, '0')} at offset ${offset}); save the file as UTF-8`,
    };
  }
}

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}

function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i] ?? 0;
  const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
  if (need < 0) return 0;
  for (let k = 1; k <= need; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return 0;
  // Overlong forms and UTF-16 surrogates encoded as UTF-8 are no valid UTF-8 either; a real U+FFFD is.
  try {
    strict.decode(bytes.subarray(i, i + need + 1));
    return need + 1;
  } catch {
    return 0;
  }
}
