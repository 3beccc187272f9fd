// A forwarding proxy for the MCP conformance suite, which cannot send an Authorization header:
// every request is passed through unchanged (method, path, Host, Origin and every other header,
// streamed bodies both ways, SSE included) with `Authorization: Bearer <token>` added.
// The token is signed with the TEST-ONLY key given on the command line; it protects nothing.
//
// usage: node auth-proxy.mjs LISTEN_PORT TARGET_URL PRIVATE_KEY_PEM
import { createServer, request } from 'node:http';
import { createPrivateKey, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';

const [listenPort, target, keyFile] = process.argv.slice(2);
if (!listenPort || !target || !keyFile) {
  console.error('usage: node auth-proxy.mjs LISTEN_PORT TARGET_URL PRIVATE_KEY_PEM');
  process.exit(2);
}
const upstream = new URL(target);
const key = createPrivateKey(readFileSync(keyFile));
const LIFETIME = 3600;
let token = null;
let mintedAt = 0;

function base64url(value) {
  return Buffer.from(value).toString('base64url');
}

// The seed's client claims: issuer, audience, subject, scopes "read write", one hour of life.
function bearer() {
  const now = Math.floor(Date.now() / 1000);
  if (!token || now - mintedAt > LIFETIME / 2) {
    const header = base64url(JSON.stringify({ typ: 'JWT', alg: 'RS256' }));
    const claims = base64url(JSON.stringify({
      iss: 'http://localhost:8000', aud: 'my-mcp-server', sub: 'conformance@secure-mcp.test',
      scope: 'read write', iat: now, exp: now + LIFETIME,
    }));
    const signature = sign('RSA-SHA256', Buffer.from(`${header}.${claims}`), key).toString('base64url');
    token = `${header}.${claims}.${signature}`;
    mintedAt = now;
  }
  return token;
}

const server = createServer((incoming, outgoing) => {
  const headers = { ...incoming.headers, authorization: `Bearer ${bearer()}` };
  const forwarded = request({
    host: upstream.hostname, port: upstream.port, method: incoming.method, path: incoming.url, headers,
  }, (answer) => {
    outgoing.writeHead(answer.statusCode, answer.statusMessage, answer.headers);
    outgoing.flushHeaders();
    answer.pipe(outgoing);
  });
  forwarded.on('error', (error) => {
    if (!outgoing.headersSent) {
      outgoing.writeHead(502, { 'content-type': 'application/json' });
    }
    outgoing.end(JSON.stringify({ error: 'bad_gateway', error_description: String(error.message) }));
  });
  // A client that goes away ends the upstream request too (SSE streams).
  outgoing.on('close', () => forwarded.destroy());
  incoming.pipe(forwarded);
});
server.listen(Number(listenPort), '127.0.0.1', () => {
  console.log(`auth-proxy: http://127.0.0.1:${listenPort} -> ${upstream.origin} (bearer token added)`);
});
