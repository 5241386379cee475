/**
 * The note every page carries when its papers do not come from Hugging Face (a demo run, a test
 * deployment), so that nobody takes them for the live trending page.
 */
import { markup, type Markup } from './markup';

/** The note for papers read from `host`, or nothing when `host` is `null` (Hugging Face itself). */
export function sourceNotice(host: string | null): Markup | '' {
  if (host === null) return '';
  return markup`<p class="notice" role="note"><strong>Not the live trending page.</strong> These papers are demo data from <code>${host}</code>, not from huggingface.co.</p>`;
}
