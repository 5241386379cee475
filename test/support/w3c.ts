/**
 * The W3C feed validator (w3c/feedvalidator, Python) on files this process wrote. It is not an
 * installable package: the tests that use it run when FEEDVALIDATOR_SRC points at the `src`
 * folder of a checkout (see README, "Tests").
 */
import { execFileSync } from 'node:child_process';

/** The checkout's `src` folder, when configured. */
export const FEEDVALIDATOR_SRC = process.env['FEEDVALIDATOR_SRC'];

const CHECK = String.raw`
import sys, os, json
sys.path.insert(0, os.environ['FEEDVALIDATOR_SRC'])
import feedvalidator
from feedvalidator import compatibility
from feedvalidator.formatter.text_plain import Formatter
from feedvalidator.logging import Error
errors_only = sys.argv[1] == 'errors'
out = {}
for path, base in zip(sys.argv[2::2], sys.argv[3::2]):
    try:
        events = feedvalidator.validateString(open(path, 'rb').read(), firstOccurrenceOnly=1, base=base)['loggedEvents']
    except feedvalidator.logging.ValidationFailure as vf:
        events = [vf.event]
    events = compatibility.AA(events)
    out[path] = list(Formatter([e for e in events if isinstance(e, Error)] if errors_only else events))
print(json.dumps(out))
`;

/**
 * Validates each `{ file, url }` (the URL the document was fetched from) and returns, per file,
 * what the validator said at its default ("AA") level: errors only, or warnings too.
 */
export function w3cEvents(documents: { file: string; url: string }[], level: 'errors' | 'warnings'): Record<string, string[]> {
  const args = documents.flatMap(({ file, url }) => [file, url]);
  const output = execFileSync('/usr/bin/python3', ['-c', CHECK, level, ...args], { encoding: 'utf8', env: process.env });
  return JSON.parse(output) as Record<string, string[]>;
}
