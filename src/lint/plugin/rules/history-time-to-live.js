const { is } = require('bpmnlint-utils');
const camunda = require('./camunda');

// Camunda 7.20+ refuses a process without a history time to live; say so before deploying.
module.exports = function() {
  function check(node, reporter) {
    if (is(node, 'bpmn:Process') && node.isExecutable && camunda(node, 'historyTimeToLive').trim() === '') {
      reporter.report(node.id, 'Process has no history time to live (History cleanup, Time to live)');
    }
  }
  return { check };
};
