// ferrodis' ES module entry: every name of the CommonJS entry (index.js, the one source), and the
// whole of it as the default export (`import ferrodis from 'ferrodis'`), one instance for both.
export * from './index.js';
export { default } from './index.js';
