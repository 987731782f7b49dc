// Test harness for pages that load the built bundle: loaded as a classic script in <head> before the bundle, it notes
// every error, warning and policy violation the page produces, in window.pageProblems.
const pageProblems = (window.pageProblems = { errors: [], warnings: [], violations: [] });
addEventListener('error', (event) => pageProblems.errors.push(String(event.message)));
addEventListener('unhandledrejection', (event) => pageProblems.errors.push(String(event.reason)));
document.addEventListener('securitypolicyviolation', (event) =>
  pageProblems.violations.push(`${event.violatedDirective} ${event.blockedURI}`),
);
for (const level of ['error', 'warn']) {
  const original = console[level];
  console[level] = (...args) => {
    pageProblems[level === 'warn' ? 'warnings' : 'errors'].push(args.join(' '));
    original.apply(console, args);
  };
}
