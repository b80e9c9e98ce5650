// The API's bearer token, for servers started with --token-file. It is asked for once, when an API call
// answers 401, and kept in sessionStorage: for this tab only, gone when the tab closes.

import { el } from './dom.js';

const KEY = 'dateline-token';
let memory = null; // used when sessionStorage is unavailable
let pending = null; // one prompt at a time, shared by concurrent calls

export function storedToken() {
  try {
    return sessionStorage.getItem(KEY) || memory;
  } catch {
    return memory;
  }
}

function store(token) {
  memory = token;
  try {
    if (token) sessionStorage.setItem(KEY, token);
    else sessionStorage.removeItem(KEY);
  } catch {
    // storage disabled: the token lasts as long as the page
  }
}

/** Forgets a token the server refused. */
export function forgetToken(token) {
  if (storedToken() === token) store(null);
}

/**
 * Asks for the token in a small modal dialog; resolves to the token entered (and kept for the tab), or null
 * when the dialog is cancelled. refused: whether a token was just refused (the dialog says so).
 */
export function askForToken(refused) {
  if (!pending) {
    pending = prompt(refused).finally(() => {
      pending = null;
    });
  }
  return pending;
}

function prompt(refused) {
  return new Promise((resolve) => {
    const input = el('input', { id: 'token-input', name: 'token', type: 'password', autocomplete: 'off', required: true, spellcheck: 'false' });
    const cancel = el('button', { type: 'button', class: 'secondary' }, 'Cancel');
    const form = el('form', { class: 'token-form', method: 'dialog' },
      el('h2', { id: 'token-title' }, 'Access token needed'),
      el('p', { id: 'token-help' }, 'This server asks for an access token before it shows its corpus. It is kept for this tab only.'),
      refused ? el('p', { class: 'error', role: 'alert' }, 'That token was not accepted; try again.') : null,
      el('label', { for: 'token-input' }, 'Token'),
      input,
      el('div', { class: 'token-buttons' }, el('button', { type: 'submit' }, 'Continue'), cancel));
    const dialog = el('dialog', { id: 'token-dialog', class: 'token-dialog', 'aria-labelledby': 'token-title', 'aria-describedby': 'token-help' }, form);

    let answer = null;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const token = input.value.trim();
      if (!token) return;
      answer = token;
      dialog.close();
    });
    cancel.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
      dialog.remove();
      if (answer) store(answer);
      resolve(answer);
    });
    document.body.append(dialog);
    dialog.showModal();
    input.focus();
  });
}
