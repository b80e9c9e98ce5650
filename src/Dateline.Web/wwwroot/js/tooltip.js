// One shared tooltip for highlights: shown on hover and on keyboard focus, hidden with Escape.
export function installTooltip(root, tip) {
  let current = null;
  const show = (target) => {
    current = target;
    tip.textContent = target.dataset.tip;
    tip.hidden = false;
    const box = target.getBoundingClientRect();
    const width = Math.min(320, document.documentElement.clientWidth - 16);
    tip.style.maxWidth = `${width}px`;
    const left = Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - width - 8);
    tip.style.left = `${Math.max(8, left)}px`;
    tip.style.top = `${window.scrollY + box.bottom + 6}px`;
  };
  const hide = () => {
    current = null;
    tip.hidden = true;
  };
  const highlightOf = (node) => (node instanceof Element ? node.closest('[data-tip]') : null);
  root.addEventListener('mouseover', (event) => {
    const target = highlightOf(event.target);
    if (target && target !== current) show(target);
  });
  root.addEventListener('mouseleave', hide);
  root.addEventListener('focusin', (event) => {
    const target = highlightOf(event.target);
    if (target) show(target);
  });
  root.addEventListener('focusout', hide);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
}
