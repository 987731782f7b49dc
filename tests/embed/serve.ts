// Serves the test portal pages for a person to look at, with the same strict CSP header as the tests:
//   node --import tsx tests/embed/serve.ts [port]
// Build first (npm run build -w @sixin/elements). Stop with Ctrl+C.
import { hostRoutes } from './support/host-routes.ts';
import { startEmbedServer } from './support/server.ts';

const server = await startEmbedServer(await hostRoutes(), undefined, Number(process.argv[2] ?? 0));
console.log(`portal with the widgets: ${server.origin}/`);
console.log(`two copies of the bundle: ${server.origin}/two-copies.html`);
