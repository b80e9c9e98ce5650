// Calls the read-only JSON API. Errors come back as ProblemDetails ({ title, detail, status }).
// A 401 (the server was started with --token-file) asks for the token once and retries with it.

import { storedToken, forgetToken, askForToken } from './token.js';

export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

export async function getJson(path, params = {}) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '') continue;
    search.set(name, String(value));
  }
  const url = search.toString() ? `${path}?${search}` : path;
  let response = await send(url, storedToken());
  while (response.status === 401) {
    const refused = storedToken();
    if (refused) forgetToken(refused);
    const token = await askForToken(Boolean(refused));
    if (!token) throw new ApiError(401, 'This server needs an access token; reload the page to enter it.');
    response = await send(url, token);
  }
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    try {
      const problem = await response.json();
      message = problem.detail || problem.title || message;
    } catch {
      // not JSON: keep the status line
    }
    throw new ApiError(response.status, message);
  }
  return response.json();
}

async function send(url, token) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  try {
    return await fetch(url, { headers });
  } catch {
    throw new ApiError(0, 'The server could not be reached.');
  }
}

export const api = {
  search: (params) => getJson('/api/search', params),
  article: (id) => getJson(`/api/articles/${encodeURIComponent(id)}`),
  copies: (id) => getJson(`/api/articles/${encodeURIComponent(id)}/copies`),
  entity: (name) => getJson('/api/entity', { name }),
  quotes: (params) => getJson('/api/quotes', params),
  timeline: (params) => getJson('/api/timeline', params),
};
