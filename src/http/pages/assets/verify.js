/* global Worker, document, setTimeout */
// The proof-of-work widget for the SMS verification page (the page works without it until a limit asks for it).
// Loaded as a module from this origin only: no inline script.
import '/verify/assets/altcha/zh-cn.js';
import '/verify/assets/altcha/altcha.js';

globalThis.$altcha.algorithms.set('PBKDF2/SHA-256', () => new Worker('/verify/assets/altcha/pbkdf2.js'));

// The resend button waits out the interval the server named (the page says the same in words without JavaScript).
const resendButton = document.querySelector('button[data-wait]');
if (resendButton) {
  const label = resendButton.textContent;
  let left = Number(resendButton.dataset.wait);
  const tick = () => {
    if (left <= 0) {
      resendButton.disabled = false;
      resendButton.textContent = label;
      return;
    }
    resendButton.disabled = true;
    resendButton.textContent = `${label} (${left}s)`;
    left -= 1;
    setTimeout(tick, 1000);
  };
  tick();
}
