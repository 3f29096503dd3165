// A real Fedify server on loopback that Plaza's integration tests drive: one actor, alice, who
// records every verified activity she receives and acts on /control/* requests.
// Run with the Node 22 that install.sh puts in node_modules/.bin/node.
// Env: PEER_PORT, PEER_ORIGIN (the origin to claim), PEER_TLS_CERT/PEER_TLS_KEY (HTTPS),
// PEER_FIRST_KNOCK (rfc9421 | draft-cavage-http-signatures-12), PEER_DEBUG=1 (Fedify debug logs).
import { AsyncLocalStorage } from "node:async_hooks";
import http from "node:http";
import https from "node:https";
import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import { Temporal } from "@js-temporal/polyfill";
import { configure, getConsoleSink } from "@logtape/logtape";
import { createFederation, generateCryptoKeyPair, InProcessMessageQueue, MemoryKvStore, signRequest } from "@fedify/fedify";
import {
  Accept, Activity, Announce, Article, Block, Collection, Create, Delete, Endpoints, Flag, Follow, isActor, Like, Mention,
  Move, Note, Person, PUBLIC_COLLECTION, Question, Reject, Tombstone, Undo, Update,
} from "@fedify/fedify/vocab";

const PORT = Number(process.env.PEER_PORT ?? 8090);
const tls = process.env.PEER_TLS_CERT && process.env.PEER_TLS_KEY;
const ORIGIN = (process.env.PEER_ORIGIN ?? `${tls ? "https" : "http"}://127.0.0.1:${PORT}`).replace(/\/$/, "");
const ALICE = "alice";

// What /control/post makes, and where each kind of post is served.
const POST_TYPES = { Note, Article, Question };
const POST_PATHS = { Note: "posts", Article: "articles", Question: "questions" };

await configure({
  sinks: { console: getConsoleSink() },
  contextLocalStorage: new AsyncLocalStorage(),
  loggers: [
    { category: "fedify", lowestLevel: process.env.PEER_DEBUG === "1" ? "debug" : "warning", sinks: ["console"] },
    { category: ["logtape", "meta"], lowestLevel: "warning", sinks: ["console"] },
  ],
});

const keys = [await generateCryptoKeyPair("RSASSA-PKCS1-v1_5"), await generateCryptoKeyPair("Ed25519")];
// A key alice does not publish: what an impostor signs with while claiming her key id.
const impostorKey = await generateCryptoKeyPair("RSASSA-PKCS1-v1_5");
const state = freshState();
let firstKnock = process.env.PEER_FIRST_KNOCK ?? "rfc9421";
let federation = buildFederation();

function freshState() {
  return {
    received: [], rejected: [], followers: new Map(), following: new Map(), posts: new Map(),
    sent: [], deliveries: new Map(), aliases: [], movedTo: null, ignoredMoves: [],
    requests: [], knocks: [], refuseRfc9421: false,
  };
}

function newId(kind) {
  return new URL(`${ORIGIN}/users/${ALICE}/${kind}/${randomUUID()}`);
}

// Rebuilt on reset and on a first-knock change: a fresh KV store also forgets which signature
// dialect each remote origin accepted, so the next delivery really knocks with the chosen one.
function buildFederation() {
  const fed = createFederation({
    kv: new MemoryKvStore(), queue: new InProcessMessageQueue(), allowPrivateAddress: true,
    origin: ORIGIN, firstKnock,
  });
  fed.setActorDispatcher("/users/{identifier}", async (ctx, identifier) => {
    if (identifier !== ALICE) return null;
    const pairs = await ctx.getActorKeyPairs(identifier);
    return new Person({
      id: ctx.getActorUri(identifier), preferredUsername: ALICE, name: "Alice (Fedify test peer)",
      inbox: ctx.getInboxUri(identifier), outbox: ctx.getOutboxUri(identifier),
      followers: ctx.getFollowersUri(identifier), endpoints: new Endpoints({ sharedInbox: ctx.getInboxUri() }),
      publicKey: pairs[0].cryptographicKey, assertionMethods: pairs.map((p) => p.multikey),
      aliases: state.aliases.map((a) => new URL(a)), successor: state.movedTo ? new URL(state.movedTo) : null,
    });
  }).setKeyPairsDispatcher((_ctx, identifier) => (identifier === ALICE ? keys : []))
    .mapHandle((_ctx, username) => (username === ALICE ? ALICE : null));
  for (const [type, path] of Object.entries(POST_PATHS)) {
    fed.setObjectDispatcher(POST_TYPES[type], `/users/{identifier}/${path}/{id}`, (ctx, values) =>
      state.posts.get(ctx.getObjectUri(POST_TYPES[type], values).href)?.note ?? null);
  }
  fed.setFollowersDispatcher("/users/{identifier}/followers", (_ctx, identifier) =>
    identifier === ALICE ? { items: [...state.followers.values()] } : null);
  fed.setOutboxDispatcher("/users/{identifier}/outbox", (_ctx, identifier) =>
    identifier === ALICE ? { items: state.sent } : null);
  fed.setInboxListeners("/users/{identifier}/inbox", "/inbox")
    .setSharedKeyDispatcher(() => ({ identifier: ALICE }))
    .on(Follow, async (ctx, follow) => {
      await record(ctx, follow);
      const follower = await follow.getActor(ctx);
      if (follow.objectId?.href !== ctx.getActorUri(ALICE).href || !isActor(follower)) return;
      state.followers.set(follower.id.href, follower);
      await ctx.sendActivity({ identifier: ALICE }, follower,
        new Accept({ id: newId("accepts"), actor: ctx.getActorUri(ALICE), object: follow }));
    })
    .on(Accept, async (ctx, accept) => {
      await record(ctx, accept);
      const entry = state.following.get(accept.actorId?.href);
      if (entry) entry.state = "accepted";
    })
    .on(Reject, async (ctx, reject) => {
      await record(ctx, reject);
      state.following.delete(reject.actorId?.href);
    })
    .on(Undo, async (ctx, undo) => {
      await record(ctx, undo);
      const object = await undo.getObject(ctx).catch(() => null); // an unfetchable Follow id: keep the follower
      if (object instanceof Follow) state.followers.delete(undo.actorId?.href);
    })
    .on(Move, async (ctx, move) => {
      await record(ctx, move);
      await followTheMove(ctx, move);
    })
    .on(Create, record).on(Like, record).on(Announce, record).on(Delete, record).on(Update, record)
    .on(Block, record).on(Flag, record).on(Activity, record)
    .onUnverifiedActivity((_ctx, activity, reason) => {
      state.rejected.push({ id: activity.id?.href ?? null, reason: reason.type, at: new Date().toISOString() });
    })
    .onError((_ctx, error) => console.error("fedify peer: inbox listener failed:", error));
  return fed;
}

// As Mastodon does: a verified Move of an account alice follows, to an account that names it in
// alsoKnownAs (fetched fresh), makes alice follow the new account and unfollow the old one.
async function followTheMove(ctx, move) {
  const source = move.actorId?.href;
  const old = state.following.get(source);
  if (!old || move.objectId?.href !== source || move.targetId == null) return;
  const documentLoader = await ctx.getDocumentLoader({ identifier: ALICE });
  const target = await ctx.lookupObject(move.targetId.href, { documentLoader });
  if (!isActor(target) || !target.aliasIds.some((alias) => alias.href === source)) {
    state.ignoredMoves.push({ id: move.id?.href ?? null, reason: "the target does not name the source in alsoKnownAs" });
    return;
  }
  const me = ctx.getActorUri(ALICE);
  const follow = new Follow({ id: newId("follows"), actor: me, object: target.id });
  state.following.set(target.id.href, { actor: target, follow, state: "pending" });
  await ctx.sendActivity({ identifier: ALICE }, target, follow, { immediate: true });
  state.following.delete(source);
  await ctx.sendActivity({ identifier: ALICE }, old.actor, new Undo({ id: newId("undos"), actor: me, object: old.follow }), { immediate: true });
}

async function record(ctx, activity) {
  const delivery = state.deliveries.get(activity.id?.href) ?? {};
  state.received.push({
    type: activity.constructor.name, id: activity.id?.href ?? null, actor: activity.actorId?.href ?? null,
    object: activity.objectId?.href ?? null, signature: delivery.signature ?? null,
    activity: await activity.toJsonLd({ contextLoader: ctx.contextLoader }), raw: delivery.raw ?? null,
  });
}

// --- control: what the Java tests ask alice to do ---------------------------------------------

async function lookup(ctx, uri) {
  const documentLoader = await ctx.getDocumentLoader({ identifier: ALICE });
  const object = await ctx.lookupObject(uri, { documentLoader });
  if (object == null) throw new Error(`could not fetch ${uri}`);
  return object;
}

async function actorOf(ctx, uri) {
  const actor = await lookup(ctx, uri);
  if (!isActor(actor)) throw new Error(`${uri} is a ${actor.constructor.name}, not an actor`);
  return actor;
}

async function authorOf(ctx, uri) {
  const object = await lookup(ctx, uri);
  const author = isActor(object) ? object : await object.getAttribution({ documentLoader: await ctx.getDocumentLoader({ identifier: ALICE }) });
  if (!isActor(author)) throw new Error(`${uri} names no author (attributedTo)`);
  return { object, author };
}

async function send(ctx, recipients, activity, toFollowers = false) {
  state.sent.push(activity);
  if (toFollowers && state.followers.size > 0) {
    await ctx.sendActivity({ identifier: ALICE }, "followers", activity, { immediate: true });
  }
  if (recipients.length > 0) await ctx.sendActivity({ identifier: ALICE }, recipients, activity, { immediate: true });
  return { id: activity.id.href };
}

const control = {
  "GET /control/health": () => ({ ok: true, origin: ORIGIN, actor: `${ORIGIN}/users/${ALICE}`, firstKnock }),
  "GET /control/received": () => state.received,
  "GET /control/rejected": () => state.rejected,
  "GET /control/followers": () => [...state.followers.keys()],
  "GET /control/ignored-moves": () => state.ignoredMoves,
  "GET /control/requests": () => state.requests,
  "GET /control/knocks": () => state.knocks,
  "GET /control/following": () => [...state.following.entries()].map(([id, f]) => ({ id, state: f.state })),
  "POST /control/reset": () => { Object.assign(state, freshState()); federation = buildFederation(); return { ok: true }; },
  "POST /control/first-knock": ({ spec }) => {
    firstKnock = specName(spec);
    federation = buildFederation();
    return { firstKnock };
  },
  // What Fedify itself makes of a document: its class, and for actors the keys it would verify with.
  "POST /control/lookup": async ({ uri }, ctx) => {
    const object = await lookup(ctx, uri);
    const result = { type: object.constructor.name, id: object.id?.href ?? null, jsonLd: await object.toJsonLd() };
    if (isActor(object)) {
      const documentLoader = await ctx.getDocumentLoader({ identifier: ALICE });
      const key = await object.getPublicKey({ documentLoader });
      result.preferredUsername = object.preferredUsername?.toString() ?? null;
      result.inbox = object.inboxId?.href ?? null;
      result.sharedInbox = object.endpoints?.sharedInbox?.href ?? null;
      result.publicKey = key == null ? null : { id: key.id?.href, owner: key.ownerId?.href, algorithm: key.publicKey?.algorithm?.name };
      result.assertionMethods = [];
      for await (const method of object.getAssertionMethods({ documentLoader })) {
        result.assertionMethods.push({ id: method.id?.href, algorithm: method.publicKey?.algorithm?.name });
      }
    }
    return result;
  },
  "POST /control/alias": ({ aliases }) => { state.aliases = aliases ?? []; return { aliases: state.aliases }; },
  "POST /control/follow": async ({ target }, ctx) => {
    const actor = await actorOf(ctx, target);
    const follow = new Follow({ id: newId("follows"), actor: ctx.getActorUri(ALICE), object: actor.id });
    state.following.set(actor.id.href, { actor, follow, state: "pending" });
    return send(ctx, [actor], follow);
  },
  "POST /control/unfollow": async ({ target }, ctx) => {
    const entry = state.following.get(target);
    if (!entry) throw new Error(`alice does not follow ${target}`);
    state.following.delete(target);
    return send(ctx, [entry.actor], new Undo({ id: newId("undos"), actor: ctx.getActorUri(ALICE), object: entry.follow }));
  },
  // A Note, Article (name is its title) or Question (options, multiple) to `to`, its mentions and
  // the author of inReplyTo. objectId and attributedTo put a post on another origin or author (a
  // forgery); deliver: false only builds the Create and answers it, for /control/deliver.
  "POST /control/post": async ({ content, to = "public", inReplyTo, mentions = [], name, type = "Note", options = [],
    multiple = false, objectId, attributedTo, deliver = true }, ctx) => {
    const me = ctx.getActorUri(ALICE);
    const direct = to === "public" || to === "followers" ? [] : [to].flat();
    const targets = await Promise.all([...direct, ...mentions].map((uri) => actorOf(ctx, uri)));
    if (inReplyTo) targets.push((await authorOf(ctx, inReplyTo)).author);
    const toList = to === "public" ? [PUBLIC_COLLECTION] : to === "followers" ? [ctx.getFollowersUri(ALICE)] : direct.map((u) => new URL(u));
    const ccList = [...(to === "public" ? [ctx.getFollowersUri(ALICE)] : []), ...mentions.map((u) => new URL(u))];
    const id = objectId ? new URL(objectId) : newId(POST_PATHS[type] ?? "posts");
    const note = newPost(type, {
      id, attribution: attributedTo ? new URL(attributedTo) : me, content, name, published: Temporal.Now.instant(),
      tos: toList, ccs: ccList, replyTarget: inReplyTo ? new URL(inReplyTo) : null,
      tags: mentions.map((u) => new Mention({ href: new URL(u) })),
    }, options, multiple);
    // The Create itself stays on alice's origin, so that only its object lies.
    const createId = objectId ? newId("creates") : new URL(`${id.href}#create`);
    const create = new Create({ id: createId, actor: me, object: note, tos: toList, ccs: ccList });
    if (!deliver) return { id: create.id.href, object: id.href, activity: await create.toJsonLd({ contextLoader: ctx.contextLoader }) };
    state.posts.set(id.href, { note, targets, public: direct.length === 0 });
    return { ...(await send(ctx, unique(targets), create, direct.length === 0)), object: id.href };
  },
  "POST /control/update": async ({ object, content, name }, ctx) => {
    const post = ownPost(object);
    post.note = post.note.clone({ content, ...(name == null ? {} : { name }), updated: Temporal.Now.instant() });
    const update = new Update({ id: newId("updates"), actor: ctx.getActorUri(ALICE), object: post.note, tos: post.note.toIds, ccs: post.note.ccIds });
    return send(ctx, post.targets, update, post.public);
  },
  "POST /control/delete": async ({ object }, ctx) => {
    const post = ownPost(object);
    state.posts.delete(object);
    const del = new Delete({ id: newId("deletes"), actor: ctx.getActorUri(ALICE), object: new Tombstone({ id: new URL(object) }), tos: post.note.toIds, ccs: post.note.ccIds });
    return send(ctx, post.targets, del, post.public);
  },
  "POST /control/like": async ({ object }, ctx) => {
    const { author } = await authorOf(ctx, object);
    return send(ctx, [author], new Like({ id: newId("likes"), actor: ctx.getActorUri(ALICE), object: new URL(object) }));
  },
  "POST /control/announce": async ({ object }, ctx) => {
    const { author } = await authorOf(ctx, object);
    const announce = new Announce({ id: newId("announces"), actor: ctx.getActorUri(ALICE), object: new URL(object),
      tos: [PUBLIC_COLLECTION], ccs: [author.id, ctx.getFollowersUri(ALICE)] });
    return send(ctx, [author], announce, true);
  },
  "POST /control/vote": async ({ question, choice }, ctx) => {
    const { object, author } = await authorOf(ctx, question);
    if (!(object instanceof Question)) throw new Error(`${question} is a ${object.constructor.name}, not a Question`);
    const note = new Note({ id: newId("votes"), attribution: ctx.getActorUri(ALICE), name: choice, replyTarget: object.id, tos: [author.id] });
    return send(ctx, [author], new Create({ id: new URL(`${note.id.href}#create`), actor: ctx.getActorUri(ALICE), object: note, tos: [author.id] }));
  },
  // Signs a prepared activity as alice with Fedify's signRequest and POSTs it once (no double
  // knock): signing "alice" (her key), "impostor" (another key under her key id) or "tampered" (her
  // signature, then the Note's content changed). Answers the inbox's status and body.
  "POST /control/deliver": async ({ inbox, activity, signing = "alice", spec = "rfc9421" }, ctx) => {
    if (!["alice", "impostor", "tampered"].includes(signing)) throw new Error(`unknown signing ${signing}`);
    const [alice] = await ctx.getActorKeyPairs(ALICE);
    const body = JSON.stringify(activity);
    const unsigned = new Request(inbox, { method: "POST", body, headers: { "content-type": "application/activity+json" } });
    const signed = await signRequest(unsigned, signing === "impostor" ? impostorKey.privateKey : alice.privateKey, alice.keyId,
      { spec: specName(spec) });
    const request = signing === "tampered" ? new Request(signed, { body: tamper(activity) }) : signed;
    const response = await fetch(request);
    return { status: response.status, body: await response.text() };
  },
  // Answers 401 to inbox POSTs signed only with RFC 9421, as Mastodon before 4.5 does.
  "POST /control/refuse-rfc9421": ({ refuse }) => { state.refuseRfc9421 = refuse !== false; return { refuse: state.refuseRfc9421 }; },
  "POST /control/move": async ({ target }, ctx) => {
    state.movedTo = target;
    const me = ctx.getActorUri(ALICE);
    const newAccount = await actorOf(ctx, target);
    return send(ctx, [newAccount], new Move({ id: newId("moves"), actor: me, object: me, target: new URL(target) }), true);
  },
};

function newPost(type, values, options, multiple) {
  if (type === "Note") return new Note(values);
  if (type === "Article") return new Article(values);
  if (type !== "Question") throw new Error(`alice posts Note, Article or Question, not ${type}`);
  if (options.length < 2) throw new Error("a Question needs at least two options");
  const choices = options.map((choice) => new Note({ name: choice, replies: new Collection({ totalItems: 0 }) }));
  return new Question({ ...values, voters: 0, endTime: Temporal.Now.instant().add({ hours: 24 }),
    ...(multiple ? { inclusiveOptions: choices } : { exclusiveOptions: choices }) });
}

function specName(spec) {
  const name = spec === "draft-cavage" ? "draft-cavage-http-signatures-12" : spec;
  if (!["rfc9421", "draft-cavage-http-signatures-12"].includes(name)) throw new Error(`unknown spec ${spec}`);
  return name;
}

function tamper(activity) {
  const object = typeof activity.object === "object" ? { ...activity.object, content: "<p>changed after signing</p>" } : activity.object;
  return JSON.stringify({ ...activity, object, summary: "changed after signing" });
}

function ownPost(uri) {
  const post = state.posts.get(uri);
  if (!post) throw new Error(`${uri} is not one of alice's posts (known: ${[...state.posts.keys()].join(", ") || "none"})`);
  return post;
}

function unique(actors) {
  return [...new Map(actors.map((a) => [a.id.href, a])).values()];
}

// --- HTTP: Node's server in front of federation.fetch ------------------------------------------

function dialectOf(headers) {
  return headers.get("signature-input") ? "rfc9421" : headers.get("signature") ? "draft-cavage" : null;
}

function noteDelivery(signature, body) {
  try {
    const raw = JSON.parse(body.toString("utf8"));
    if (typeof raw.id === "string") state.deliveries.set(raw.id, { raw, signature });
  } catch { /* Fedify answers malformed bodies itself */ }
}

// Every POST alice makes (Fedify's deliveries and /control/deliver), with the signature dialect
// it carried and the answer: what proves which dialect the other side accepted.
const plainFetch = globalThis.fetch;
globalThis.fetch = async (input, init) => {
  const response = await plainFetch(input, init);
  const request = input instanceof Request ? input : null;
  const method = init?.method ?? request?.method ?? "GET";
  if (method === "POST") {
    const headers = new Headers(init?.headers ?? request?.headers);
    state.knocks.push({ url: String(request?.url ?? input), dialect: dialectOf(headers), status: response.status });
  }
  return response;
};

async function handle(req, res) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  const body = Buffer.concat(chunks);
  const url = new URL(req.url, ORIGIN);
  if (url.pathname.startsWith("/control/")) return handleControl(req, res, url, body);
  const headers = new Headers();
  for (let i = 0; i < req.rawHeaders.length; i += 2) headers.append(req.rawHeaders[i], req.rawHeaders[i + 1]);
  const signature = dialectOf(headers);
  state.requests.push({ method: req.method, host: req.headers.host ?? null, path: url.pathname, signature });
  if (req.method === "POST" && url.pathname.endsWith("/inbox")) {
    if (state.refuseRfc9421 && signature === "rfc9421") return refuseRfc9421(res, body);
    noteDelivery(signature, body);
  }
  const hasBody = !["GET", "HEAD"].includes(req.method);
  const response = await federation.fetch(new Request(url, { method: req.method, headers, body: hasBody ? body : undefined }), {
    contextData: undefined,
  });
  res.writeHead(response.status, Object.fromEntries(response.headers));
  res.end(Buffer.from(await response.arrayBuffer()));
}

function refuseRfc9421(res, body) {
  let id = null;
  try { id = JSON.parse(body.toString("utf8")).id ?? null; } catch { /* recorded without an id */ }
  state.rejected.push({ id, reason: "rfc9421Refused", at: new Date().toISOString() });
  res.writeHead(401, { "content-type": "application/json" });
  res.end(JSON.stringify({ error: "Request not signed" }));
}

async function handleControl(req, res, url, body) {
  const json = (status, value) => { res.writeHead(status, { "content-type": "application/json" }); res.end(JSON.stringify(value)); };
  if (!["127.0.0.1", "::1", "::ffff:127.0.0.1"].includes(req.socket.remoteAddress)) return json(403, { error: "control is loopback-only" });
  const action = control[`${req.method} ${url.pathname}`];
  if (!action) return json(404, { error: `no control endpoint ${req.method} ${url.pathname}`, known: Object.keys(control) });
  try {
    const input = body.length > 0 ? JSON.parse(body.toString("utf8")) : {};
    json(200, await action(input, federation.createContext(new URL(ORIGIN), undefined)));
  } catch (error) {
    if (process.env.PEER_DEBUG === "1") console.error(error);
    json(502, { error: String(error?.message ?? error) });
  }
}

const onRequest = (req, res) => handle(req, res).catch((error) => {
  console.error("fedify peer: request failed:", error);
  if (!res.headersSent) res.writeHead(500);
  res.end();
});
const server = tls
  ? https.createServer({ cert: readFileSync(process.env.PEER_TLS_CERT), key: readFileSync(process.env.PEER_TLS_KEY) }, onRequest)
  : http.createServer(onRequest);
server.listen(PORT, "127.0.0.1", () => console.log(`fedify peer: alice at ${ORIGIN}/users/${ALICE} (listening on 127.0.0.1:${PORT})`));
for (const signal of ["SIGTERM", "SIGINT"]) process.on(signal, () => process.exit(0));
