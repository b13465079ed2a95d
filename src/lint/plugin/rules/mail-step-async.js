const { is } = require('bpmnlint-utils');
const camunda = require('./camunda');

// A step that sends mail runs after the person's work is saved, so a failure retries as a job
// instead of undoing what the person did.
module.exports = function() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:ServiceTask')) {
      return;
    }
    if (camunda(node, 'delegateExpression').replace(/\s/g, '') !== '${sendMailDelegate}') {
      return;
    }
    if (camunda(node, 'asyncBefore') !== 'true') {
      reporter.report(node.id, 'Mail step is not asynchronous: tick "Asynchronous before"');
    }
  }
  return { check };
};
