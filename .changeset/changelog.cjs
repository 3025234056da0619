/**
 * The changelog generator `changeset version` calls (see config.json). cyberlex changesets
 * hold one line per legal change, already in the words a lawyer reads ("Criminal Code
 * Art. 199(3) amended by …"), each with a trailing <!-- cyberlex {…} --> comment that
 * pipeline/src/release/changes.ts reads back into changes.json. So each line becomes one
 * CHANGELOG bullet exactly as written: no commit hashes, no rewording, no reflowing.
 *
 * @type {import('@changesets/types').ChangelogFunctions}
 */
const changelog = {
  async getReleaseLine(changeset) {
    return changeset.summary
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '')
      .map((line) => (line.startsWith('- ') ? line : `- ${line}`))
      .join('\n');
  },
  async getDependencyReleaseLine(_changesets, dependenciesUpdated) {
    if (dependenciesUpdated.length === 0) return '';
    return ['- Updated dependencies:', ...dependenciesUpdated.map((d) => `  - ${d.name}@${d.newVersion}`)].join('\n');
  },
};

module.exports = changelog;
