/** reportlab (Debian python3-reportlab), run as /usr/bin/python3 on reportlab_fixture.py. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('./reportlab_fixture.py', import.meta.url));
// Debian's python3 has python3-reportlab; a python3 earlier on PATH (pyenv) may not.
const PYTHON = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';

function run(content) {
  return execFileSync(PYTHON, [SCRIPT], { input: JSON.stringify(content), maxBuffer: 64 * 1024 * 1024, timeout: 120_000 });
}

export const reportlabProfile = ({ rows }) => run({ kind: 'profile', rows });
export const reportlabLaw = (paragraphs) => run({ kind: 'law', paragraphs });
