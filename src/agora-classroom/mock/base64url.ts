/**
 * Bytes as unpadded base64url (RFC 4648 §5), as Node's `base64url` encoding gives them, with nothing
 * Node-only: the domain also runs in a browser (`btoa` is in both).
 *
 * @example
 *   base64url(new Uint8Array([251, 255])); // '-_8'
 */
export function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * The bytes a string of hex digits spells (an odd last digit is ignored, as Node's `hex` decoding does).
 *
 * @example
 *   hexToBytes('0aff'); // Uint8Array [10, 255]
 */
export function hexToBytes(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length >> 1);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return bytes;
}
