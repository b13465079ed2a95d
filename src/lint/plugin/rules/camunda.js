// Reads a camunda: attribute whether or not the Camunda moddle extension is loaded.
module.exports = function camunda(node, name) {
  const value = node.get ? node.get('camunda:' + name) : undefined;
  if (value !== undefined && value !== null) {
    return String(value);
  }
  const attrs = node.$attrs || {};
  return attrs['camunda:' + name] === undefined ? '' : String(attrs['camunda:' + name]);
};
