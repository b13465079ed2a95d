// Our own rules, on top of bpmnlint's recommended ones and Camunda 7.24 compatibility.
module.exports = {
  configs: {
    recommended: {
      rules: {
        'user-task-routed-with-form': 'error',
        'mail-step-async': 'error',
        'history-time-to-live': 'error'
      }
    }
  }
};
