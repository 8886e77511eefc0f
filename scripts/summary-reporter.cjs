// Prints the line CI reads: "N passed, N failed". A run that executed no test says so.
const fs = require('node:fs');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    const line = `${results.numPassedTests} passed, ${failed} failed`;
    if (process.env.TEST_SUMMARY_FILE) {
      fs.appendFileSync(process.env.TEST_SUMMARY_FILE, `${results.numPassedTests} ${failed}\n`);
    }
    process.stdout.write(`\n${line}\n`);
  }
}

module.exports = SummaryReporter;
