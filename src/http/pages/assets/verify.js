/* global Worker */
// The proof-of-work widget for the SMS verification page (the page works without it until a limit asks for it).
// Loaded as a module from this origin only: no inline script.
import '/verify/assets/altcha/zh-cn.js';
import '/verify/assets/altcha/altcha.js';

globalThis.$altcha.algorithms.set('PBKDF2/SHA-256', () => new Worker('/verify/assets/altcha/pbkdf2.js'));
