// Calls the read-only JSON API. Errors come back as ProblemDetails ({ title, detail, status }).

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
  let response;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' } });
  } catch {
    throw new ApiError(0, 'The server could not be reached.');
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

export const api = {
  search: (params) => getJson('/api/search', params),
  article: (id) => getJson(`/api/articles/${encodeURIComponent(id)}`),
  copies: (id) => getJson(`/api/articles/${encodeURIComponent(id)}/copies`),
  entity: (name) => getJson('/api/entity', { name }),
  quotes: (params) => getJson('/api/quotes', params),
  timeline: (params) => getJson('/api/timeline', params),
};
