// Renders the Camunda Form of a portal page with the form-js viewer, the same forms Tasklist shows.
// The page (templates/portal/form.html) gives the schema, the values to show and the server's
// errors as data attributes; on submit the values go to the server as JSON in a plain form post,
// with the page's CSRF token. The server validates again and has the last word.
import { Form } from '@bpmn-io/form-js-viewer';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import '@bpmn-io/form-js-viewer/dist/assets/flatpickr/light.css';

function json(element, name, fallback) {
  const text = element.dataset[name];
  return text ? JSON.parse(text) : fallback;
}

function firstErrorField(container) {
  return container.querySelector('.fjs-has-errors input, .fjs-has-errors textarea, .fjs-has-errors select');
}

async function start() {
  const container = document.getElementById('camunda-form');
  const post = document.getElementById('form-post');
  if (!container || !post) {
    return;
  }
  const form = new Form({ container });
  await form.importSchema(json(container, 'schema', {}), json(container, 'values', {}));
  const serverErrors = json(container, 'errors', {});
  if (Object.keys(serverErrors).length > 0) {
    // Shown by form-js itself, next to each field, as its own checks would show them.
    form._setState({ errors: serverErrors });
  }
  document.getElementById('form-loading')?.remove();

  const button = post.querySelector('button[type="submit"]');
  post.addEventListener('submit', (event) => {
    event.preventDefault();
    const { data, errors } = form.submit();
    if (Object.keys(errors).length > 0) {
      const field = firstErrorField(container);
      if (field) {
        field.focus();
      }
      return;
    }
    post.querySelector('input[name="values"]').value = JSON.stringify(data);
    // One submission: a second click would only be answered with the first one's result.
    button.disabled = true;
    button.textContent = 'Sending…';
    post.submit();
  });
}

start().catch((error) => {
  const container = document.getElementById('camunda-form');
  if (container) {
    container.textContent = 'This form cannot be shown. Please try again later or call us.';
  }
  throw error;
});
