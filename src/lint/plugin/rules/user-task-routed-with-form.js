const { is } = require('bpmnlint-utils');
const camunda = require('./camunda');

// Every user task lands in someone's Tasklist or the employer's link, and shows a form.
module.exports = function() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:UserTask')) {
      return;
    }
    const routed = [ 'candidateGroups', 'candidateUsers', 'assignee' ]
      .some(name => camunda(node, name).trim() !== '');
    if (!routed) {
      reporter.report(node.id, 'User task is routed to nobody: give it candidate groups or an assignee');
    }
    if (camunda(node, 'formRef').trim() === '' && camunda(node, 'formKey').trim() === '') {
      reporter.report(node.id, 'User task has no form: give it a Camunda Form from forms/');
    }
  }
  return { check };
};
