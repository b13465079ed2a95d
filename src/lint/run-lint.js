// Lints every BPMN in processes/ with the configuration Camunda Modeler uses there
// (processes/.bpmnlintrc) plus our own rules (plugin/). Errors fail the build; warnings are shown.
const fs = require('node:fs');
const path = require('node:path');
const { BpmnModdle } = require('bpmn-moddle');
const { Linter } = require('bpmnlint');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');

const processes = path.resolve(__dirname, '..', '..', 'processes');
const modelerConfig = JSON.parse(fs.readFileSync(path.join(processes, '.bpmnlintrc'), 'utf8'));
const config = {
  ...modelerConfig,
  extends: [].concat(modelerConfig.extends || [], 'plugin:fairchance/recommended')
};

function bpmnFiles(folder) {
  return fs.readdirSync(folder, { withFileTypes: true }).flatMap(entry => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      return entry.name.startsWith('.') ? [] : bpmnFiles(file);
    }
    return entry.name.endsWith('.bpmn') ? [ file ] : [];
  });
}

async function lintFile(file) {
  // A fresh linter per file: some rules remember what they saw.
  const linter = new Linter({ config, resolver: new NodeResolver({ require }) });
  const moddle = new BpmnModdle();
  const { rootElement, warnings } = await moddle.fromXML(fs.readFileSync(file, 'utf8'));
  const problems = warnings.map(warning => ({ rule: 'import', category: 'error', message: warning.message, id: '' }));
  const reports = await linter.lint(rootElement);
  for (const [ rule, entries ] of Object.entries(reports)) {
    for (const entry of entries) {
      problems.push({ rule, category: entry.category, message: entry.message, id: entry.id });
    }
  }
  return problems;
}

async function run() {
  const files = bpmnFiles(processes);
  let errors = 0;
  let warnings = 0;
  for (const file of files) {
    for (const problem of await lintFile(file)) {
      const error = problem.category === 'error' || problem.category === 'rule-error';
      error ? errors++ : warnings++;
      console.log(`${path.relative(process.cwd(), file)} ${problem.id} ${problem.category}: ${problem.message} (${problem.rule})`);
    }
  }
  console.log(`bpmnlint: ${files.length} models, ${errors} errors, ${warnings} warnings`);
  if (files.length === 0 || errors > 0) {
    process.exitCode = 1;
  }
}

run().catch(error => {
  console.error(error);
  process.exitCode = 1;
});
