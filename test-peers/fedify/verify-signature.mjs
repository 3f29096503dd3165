// Verifies one signed HTTP request with @misskey-dev/node-http-message-signatures, a second
// implementation next to Plaza's own verifier (see MisskeyVerifiesPlazaTest).
//
// stdin:  {method, url, headers: {name: value}, body, publicKeyPem, now?}   (now: ISO time, default the clock)
// stdout: {verified, dialect, digestOk, error?}
// verified: the signature checks out against publicKeyPem; digestOk: Digest / Content-Digest matches
// the body (true for a bodiless GET that carries neither). Exits 0 unless the script itself breaks.
import {
  RFC9421SignatureBaseFactory,
  checkClockSkew,
  parseAndImportPublicKey,
  parseRequestSignature,
  verifyDigestHeader,
  verifyDraftSignature,
} from '@misskey-dev/node-http-message-signatures';

const input = JSON.parse(await readStdin());
const now = input.now ? new Date(input.now) : new Date();
const target = new URL(input.url);
const body = input.body ?? '';
const hasBody = !['GET', 'HEAD'].includes(input.method.toUpperCase());
// What a Node server hands Misskey: the request line's path and query, not the absolute URL. (Given an
// absolute URL, the library would sign only its pathname, dropping the query.)
const request = { method: input.method, url: target.pathname + target.search, headers: input.headers, body };
const errors = [];
const log = (e) => errors.push(String(e?.message ?? e));

const digestOk = await verifyDigestHeader(request, body,
  { failOnNoDigest: hasBody, algorithms: ['SHA-256', 'SHA-512'], verifyAll: true }, log);

const names = Object.keys(input.headers).map((name) => name.toLowerCase());
const dialect = names.includes('signature-input') ? 'rfc9421' : names.includes('signature') ? 'draft-cavage' : null;
let verified = false;
try {
  if (dialect === 'draft-cavage') {
    verified = await verifyDraft();
  } else if (dialect === 'rfc9421') {
    verified = await verifyRfc9421();
  } else {
    errors.push('the request has no Signature header');
  }
} catch (e) {
  log(e);
}

const result = { verified, dialect, digestOk };
if (errors.length > 0) result.error = errors.join('; ');
process.stdout.write(JSON.stringify(result) + '\n');

async function verifyDraft() {
  // A signature that leaves the digest out would let anyone swap the body and its Digest.
  const required = ['(request-target)', 'host', 'date', ...(hasBody ? ['digest'] : [])];
  const parsed = parseRequestSignature(request, { requiredComponents: { draft: required }, clockSkew: { now } });
  return await verifyDraftSignature(parsed.value, input.publicKeyPem, log);
}

// The library (0.0.10, its latest release) stops at `throw new Error("Not implemented")` when it parses
// an RFC 9421 request, so there is no verify call to make. It does build the signature base and import
// keys under RFC 9421 algorithm names, so the script uses those and checks the signature with WebCrypto.
async function verifyRfc9421() {
  // The constructor replaces its table of structured fields with the one passed in: Signature must be
  // named a dictionary for get() to read one member of it by label.
  const base = new RFC9421SignatureBaseFactory(request, target.protocol.replace(':', ''), { signature: 'dict' });
  const labels = [...base.requestSignatureInput.keys()];
  if (labels.length === 0) throw new Error('Signature-Input has no signature');
  for (const label of labels) {
    const [components, params] = base.requestSignatureInput.get(label);
    const covered = components.map(([name]) => name);
    // Without these a valid signature would not bind this method, target and body.
    for (const name of ['@method', '@target-uri', '@authority', ...(hasBody ? ['content-digest'] : [])]) {
      if (!covered.includes(name)) throw new Error(`${label} does not cover ${name}`);
    }
    if (typeof params.get('created') !== 'number') throw new Error(`${label} has no created time`);
    checkClockSkew(new Date(params.get('created') * 1000), now);
    const signatureBase = base.generate(label);
    const value = base.get('signature', new Map([['key', label]])); // ":base64:"
    const signature = Buffer.from(value.slice(1, -1), 'base64');
    const { publicKey, algorithm } = await parseAndImportPublicKey(input.publicKeyPem, ['verify'], params.get('alg'));
    if (!await crypto.subtle.verify(algorithm, publicKey, signature, new TextEncoder().encode(signatureBase))) {
      errors.push(`${label}: the signature does not match its base`);
      return false;
    }
  }
  return true;
}

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}
