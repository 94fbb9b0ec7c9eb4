/**
 * Escapes text for XML 1.0 content and attribute values. Characters XML 1.0 cannot hold at all (most
 * C0 controls, lone surrogates, U+FFFE/U+FFFF) are replaced by U+FFFD: a server's body can contain
 * them, and a JUnit file that a CI parser rejects would hide every result.
 *
 * @example
 *   escapeXml('a < b & "c"\u0007'); // 'a &lt; b &amp; &quot;c&quot;\uFFFD'
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
