// Prints the line CI reads: "N passed, N failed". A run that executed no test says so.
const fs = require('node:fs');

/** Which pass a suite ran in, when CI runs the same suite at several instants or databases. */
function at() {
  const parts = [process.env.TEST_NOW, process.env.DB_URL && !process.env.DB_URL.startsWith('sqlite') ? 'MariaDB' : '']
    .filter(Boolean)
    .join(', ');
  return parts ? ` (${parts})` : '';
}

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line = `${results.numPassedTests} passed, ${failed} failed`;
    if (process.env.TEST_SUMMARY_FILE) {
      fs.appendFileSync(process.env.TEST_SUMMARY_FILE, `${results.numPassedTests} ${failed}\n`);
    }
    // CI prints these names again beside its last line, where a reader of a long log looks
    if (process.env.TEST_FAILURES_FILE) {
      const names = [];
      for (const suite of results.testResults) {
        const file = suite.testFilePath.replace(`${process.cwd()}/`, '');
        if (suite.testExecError) names.push(`${file} › ${suite.testExecError.message.split('\n')[0]}`);
        for (const test of suite.testResults) {
          if (test.status === 'failed') {
            const first = (test.failureMessages[0] ?? '').split('\n').find((l) => l.trim()) ?? '';
            names.push(`${file} › ${test.fullName} — ${first.trim().slice(0, 300)}`);
          }
        }
      }
      if (names.length) fs.appendFileSync(process.env.TEST_FAILURES_FILE, `${names.join('\n')}\n`);
    }
    // and how long each suite took, so that CI can show where its time goes
    if (process.env.TEST_TIMINGS_FILE) {
      const rows = results.testResults.map((suite) => {
        const ms = suite.perfStats.runtime ?? suite.perfStats.end - suite.perfStats.start;
        return `${Math.round(ms / 1000)}\t${suite.testFilePath.replace(`${process.cwd()}/`, '')}${at()}`;
      });
      if (rows.length) fs.appendFileSync(process.env.TEST_TIMINGS_FILE, `${rows.join('\n')}\n`);
    }
    process.stdout.write(`\n${line}\n`);
  }
}

module.exports = SummaryReporter;
