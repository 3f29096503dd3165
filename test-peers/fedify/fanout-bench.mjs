// The Fedify side of Plaza's fan-out benchmark (bench/…/FanOutBenchmark.java): a Fedify server with
// one actor whose followers sit behind shared inboxes on the benchmark's loopback sinks. For every
// "send N" line on stdin it sends one Create(Note) to "followers" with preferSharedInbox, through
// Fedify's own queue, and answers "sent N"; the sinks, not this script, time the deliveries.
// Run with the Node 22 that install.sh puts in node_modules/.bin/node (it lives here so that its
// imports resolve against this folder's node_modules).
// Env: SINK_PORTS (comma-separated loopback ports), FOLLOWERS, SHARED_INBOXES, and WORKERS: 1 runs
// InProcessMessageQueue alone (one delivery at a time), more wraps it in ParallelMessageQueue.
// Follower i's shared inbox is http://127.0.0.1:PORT[s % ports]/instances/s/inbox with
// s = i % SHARED_INBOXES: the same inboxes, in the same order, as the Plaza side.
import { AsyncLocalStorage } from "node:async_hooks";
import readline from "node:readline";
import { configure, getConsoleSink } from "@logtape/logtape";
import { createFederation, InProcessMessageQueue, MemoryKvStore, ParallelMessageQueue } from "@fedify/fedify";
import { Create, Endpoints, Note, Person, PUBLIC_COLLECTION } from "@fedify/fedify/vocab";

const ORIGIN = "https://fedify.example";
const ACTOR = "brand";
const ports = (process.env.SINK_PORTS ?? "").split(",").filter((p) => p !== "").map(Number);
const followerCount = Number(process.env.FOLLOWERS ?? 10000);
const sharedInboxCount = Number(process.env.SHARED_INBOXES ?? 2000);
const workers = Number(process.env.WORKERS ?? 1);
if (ports.length === 0) throw new Error("SINK_PORTS names no port");

await configure({
  sinks: { console: getConsoleSink() },
  contextLocalStorage: new AsyncLocalStorage(),
  loggers: [
    { category: "fedify", lowestLevel: "error", sinks: ["console"] },
    { category: ["logtape", "meta"], lowestLevel: "warning", sinks: ["console"] },
  ],
});

// RSA-2048 like Plaza's (Fedify's generateCryptoKeyPair would make RSA-4096, twice the signing work).
const rsa = await crypto.subtle.generateKey(
  { name: "RSASSA-PKCS1-v1_5", modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" },
  true, ["sign", "verify"]);

const sharedInboxes = Array.from({ length: sharedInboxCount },
  (_, s) => new URL(`http://127.0.0.1:${ports[s % ports.length]}/instances/${s}/inbox`));
const followers = Array.from({ length: followerCount }, (_, i) => {
  const s = i % sharedInboxCount;
  const base = `http://127.0.0.1:${ports[s % ports.length]}/instances/${s}/users/${i}`;
  return { id: new URL(base), inboxId: new URL(`${base}/inbox`), endpoints: new Endpoints({ sharedInbox: sharedInboxes[s] }) };
});

const queue = workers > 1 ? new ParallelMessageQueue(new InProcessMessageQueue(), workers) : new InProcessMessageQueue();
const federation = createFederation({ kv: new MemoryKvStore(), queue, allowPrivateAddress: true, origin: ORIGIN });
federation.setActorDispatcher("/users/{identifier}", async (ctx, identifier) => {
  if (identifier !== ACTOR) return null;
  const pairs = await ctx.getActorKeyPairs(identifier);
  return new Person({
    id: ctx.getActorUri(identifier), preferredUsername: ACTOR, inbox: ctx.getInboxUri(identifier),
    followers: ctx.getFollowersUri(identifier), publicKey: pairs[0].cryptographicKey,
  });
}).setKeyPairsDispatcher((_ctx, identifier) => (identifier === ACTOR ? [rsa] : []));
federation.setFollowersDispatcher("/users/{identifier}/followers",
  (_ctx, identifier) => (identifier === ACTOR ? { items: followers } : null));
federation.setInboxListeners("/users/{identifier}/inbox", "/inbox");

async function send(n) {
  const ctx = federation.createContext(new URL(ORIGIN), undefined);
  const me = ctx.getActorUri(ACTOR);
  const id = new URL(`${ORIGIN}/users/${ACTOR}/posts/bench-${n}-${Date.now()}`);
  const note = new Note({
    id, attribution: me, content: "Hello, fediverse! ".repeat(20),
    tos: [PUBLIC_COLLECTION], ccs: [ctx.getFollowersUri(ACTOR)],
  });
  const create = new Create({ id: new URL(`${id.href}#create`), actor: me, object: note,
    tos: [PUBLIC_COLLECTION], ccs: [ctx.getFollowersUri(ACTOR)] });
  await ctx.sendActivity({ identifier: ACTOR }, "followers", create, { preferSharedInbox: true });
}

console.log(`ready ${followerCount} followers, ${new Set(followers.map((f) => f.endpoints.sharedInbox.href)).size}`
  + ` shared inboxes on ${ports.length} ports, ${workers > 1 ? `ParallelMessageQueue(${workers})` : "InProcessMessageQueue"}`);
const lines = readline.createInterface({ input: process.stdin });
for await (const line of lines) {
  const [command, n] = line.trim().split(/\s+/);
  if (command === "quit") break;
  if (command !== "send") {
    console.log(`error unknown command ${command}`);
    continue;
  }
  try {
    await send(n);
    console.log(`sent ${n}`);
  } catch (error) {
    console.log(`error ${String(error?.message ?? error).replaceAll("\n", " ")}`);
  }
}
process.exit(0);
