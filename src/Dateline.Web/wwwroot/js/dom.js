// Builds DOM nodes. Data is only ever inserted as text nodes (never as HTML), so article text,
// names and quotes render literally whatever they contain.

/**
 * Creates an element. attrs: attribute name -> value (null/undefined/false skipped; true sets "").
 * children: nodes or strings (strings become text nodes); arrays are flattened; null is skipped.
 */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  if (attrs) {
    for (const [name, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
  return node;
}

export function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

export function byId(id) {
  return document.getElementById(id);
}

/** A query string from an object, skipping empty values. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === '') continue;
    search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const pages = {
  search: (params) => `/${query(params)}`,
  article: (id) => `/article.html${query({ id })}`,
  entity: (name) => `/entity.html${query({ name })}`,
};

/** Only http(s) links from data become hrefs (never javascript: or data: URLs). */
export function safeExternalUrl(url) {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}

export function setStatus(text, isError = false) {
  const status = byId('status');
  if (!status) return;
  status.textContent = text;
  status.classList.toggle('error', isError);
  status.hidden = !text;
}

/** Puts the q parameter of the current page into the header's search box. */
export function fillSearchBox() {
  const box = byId('q');
  const q = new URLSearchParams(location.search).get('q');
  if (box && q) box.value = q;
}
