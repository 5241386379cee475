/**
 * The Content-Security-Policy of every HTML page: nothing is allowed by default; the one inline
 * stylesheet and the one inline script are allowed by their SHA-256 hashes, so markup that
 * somehow slipped into a page could neither run script nor load anything from elsewhere.
 */
import { CLIENT_SCRIPT } from './client-script';
import { STYLES } from './styles';

let policy: Promise<string> | undefined;

/** The policy header value; hashes are computed once per isolate. */
export function contentSecurityPolicy(): Promise<string> {
  policy ??= buildPolicy();
  return policy;
}

async function buildPolicy(): Promise<string> {
  const [style, script] = await Promise.all([sha256Source(STYLES), sha256Source(CLIENT_SCRIPT)]);
  return [
    "default-src 'none'",
    `style-src ${style}`,
    `script-src ${script}`,
    // The favicon is an inline SVG data URL; paper thumbnails are not shown (no third-party loads).
    'img-src data:',
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** `'sha256-…'` for `text` as it appears between the tags. */
export async function sha256Source(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return `'sha256-${btoa(binary)}'`;
}
