// The "复制代码" buttons of /embed/: each copies the text of the code block it names. The buttons are hidden in the
// HTML and shown here, so a reader without JavaScript sees selectable code and no button that does nothing.
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const code = document.getElementById(button.dataset.copy ?? '');
  const status = button.parentElement?.querySelector<HTMLElement>('[data-copy-status]');
  if (!code || !status) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.textContent ?? '');
      status.textContent = button.dataset.copied ?? '';
    } catch {
      // No clipboard (an old browser, an http page, a denied permission): select the code for Ctrl+C instead.
      getSelection()?.selectAllChildren(code);
      status.textContent = button.dataset.failed ?? '';
    }
  });
}
