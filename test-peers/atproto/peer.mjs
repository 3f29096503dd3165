// Plaza's AT Protocol test peer: an in-memory PLC directory and one or more reference Bluesky PDSs
// (@atproto/pds) that register their accounts' DIDs with it, all on 127.0.0.1.
//
//   node peer.mjs [--plc-port N] [--pds-ports N,N,...] [--pds-count N] [--data DIR] [--debug]
//
// Port 0 (the default) means "pick a free one". When everything listens, one line goes to stdout:
//   {"ready":true,"plcUrl":"http://localhost:P","pds":[{"url":"http://localhost:Q","did":"did:web:…","adminPassword":"…"}]}
// Each email a PDS sends (e.g. the token for a PLC operation during an account migration) becomes a line
//   {"mail":{"pds":0,"template":"plcOperation","to":"…","subject":"…","params":{"token":"…"}}}
// The peer stops, removing the data it created, when stdin closes or on SIGTERM/SIGINT.
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'

const HOST = '127.0.0.1'

const { values: args } = parseArgs({
  options: {
    'plc-port': { type: 'string', default: process.env.PEER_PLC_PORT ?? '0' },
    'pds-ports': { type: 'string', default: process.env.PEER_PDS_PORTS },
    'pds-count': { type: 'string', default: process.env.PEER_PDS_COUNT },
    data: { type: 'string', default: process.env.PEER_DATA_DIR },
    debug: { type: 'boolean', default: process.env.PEER_DEBUG === '1' },
  },
})

if (args.debug) {
  process.env.LOG_ENABLED = 'true'
  process.env.LOG_DESTINATION ??= '/dev/stderr'
} else {
  process.env.LOG_ENABLED = 'false'
}

// The loggers read LOG_ENABLED when their modules load, so they are imported after it is set.
const { PDS, envToCfg, envToSecrets, readEnv } = await import('@atproto/pds')
const { default: plc } = await import('@did-plc/server')

function fail(message) {
  process.stderr.write(`atproto peer: ${message}\n`)
  process.exit(2)
}

function requestedPdsPorts() {
  if (args['pds-ports'] && args['pds-count']) fail('give --pds-ports or --pds-count, not both')
  if (args['pds-count']) {
    const count = Number(args['pds-count'])
    if (!Number.isInteger(count) || count < 1) fail(`--pds-count must be a positive integer, not '${args['pds-count']}'`)
    return Array(count).fill(0)
  }
  return (args['pds-ports'] ?? '0').split(',').map(port)
}

function port(text) {
  const value = Number(text)
  if (!Number.isInteger(value) || value < 0 || value > 65535) fail(`'${text}' is not a port (0 picks a free one)`)
  return value
}

// The PDS builds its public URL (http://localhost:<port>) before it listens, so a free port is found first.
async function freePort(requested) {
  if (requested !== 0) return requested
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.unref()
    probe.on('error', reject)
    probe.listen(0, HOST, () => {
      const { port: chosen } = probe.address()
      probe.close(() => resolve(chosen))
    })
  })
}

// Both servers call app.listen(port) with no host, which would listen on every interface.
function listenOnLoopback(app) {
  const listen = app.listen
  app.listen = (listenPort, ...rest) => listen.call(app, listenPort, HOST, ...rest.filter((a) => typeof a === 'function'))
}

async function startPlc(requested) {
  const listenPort = await freePort(requested)
  const server = plc.PlcServer.create({ db: plc.Database.mock(), port: listenPort })
  listenOnLoopback(server.app)
  await server.start()
  return { server, url: `http://localhost:${listenPort}` }
}

function recordMails(pds, index) {
  const mailer = pds.ctx.mailer
  const send = mailer.sendTemplate.bind(mailer)
  mailer.sendTemplate = async (template, params, mailOpts) => {
    const { config: _branding, ...shown } = params ?? {}
    emit({ mail: { pds: index, template, to: mailOpts?.to, subject: mailOpts?.subject, params: shown } })
    return send(template, params, mailOpts)
  }
}

async function startPds(index, requested, plcUrl, dataRoot) {
  const listenPort = await freePort(requested)
  const dataDirectory = path.join(dataRoot, `pds-${index}`)
  mkdirSync(dataDirectory, { recursive: true })
  const adminPassword = randomBytes(16).toString('hex')
  const env = {
    ...readEnv(),
    port: listenPort,
    hostname: 'localhost',
    // each PDS its own service DID, so that service auth between two of them names one audience
    serviceDid: `did:web:localhost%3A${listenPort}`,
    dataDirectory,
    blobstoreDiskLocation: path.join(dataDirectory, 'blobs'),
    jwtSecret: randomBytes(32).toString('hex'),
    adminPassword,
    plcRotationKeyK256PrivateKeyHex: randomBytes(32).toString('hex'),
    didPlcUrl: plcUrl,
    inviteRequired: false,
    devMode: true,
    crawlers: [],
    bskyAppViewUrl: undefined,
    bskyAppViewDid: undefined,
  }
  const pds = await PDS.create(envToCfg(env), envToSecrets(env))
  listenOnLoopback(pds.app)
  recordMails(pds, index)
  await pds.start()
  return { pds, url: `http://localhost:${listenPort}`, did: env.serviceDid, adminPassword }
}

function emit(value) {
  process.stdout.write(JSON.stringify(value) + '\n')
}

const createdDataRoot = !args.data
const dataRoot = args.data ? path.resolve(args.data) : mkdtempSync(path.join(tmpdir(), 'plaza-atproto-peer-'))
mkdirSync(dataRoot, { recursive: true })

const running = { plc: undefined, pdss: [] }
let stopping = false

async function stop(code) {
  if (stopping) return
  stopping = true
  for (const { pds } of running.pdss.reverse()) {
    await pds.destroy().catch((e) => process.stderr.write(`atproto peer: stopping a PDS: ${e}\n`))
  }
  await running.plc?.server.destroy().catch((e) => process.stderr.write(`atproto peer: stopping the PLC: ${e}\n`))
  if (createdDataRoot) rmSync(dataRoot, { recursive: true, force: true })
  process.exit(code)
}

process.on('SIGTERM', () => stop(0))
process.on('SIGINT', () => stop(0))
process.stdin.on('end', () => stop(0))
process.stdin.on('close', () => stop(0))
process.stdin.resume()

try {
  const pdsPorts = requestedPdsPorts()
  running.plc = await startPlc(port(args['plc-port']))
  for (const [index, requested] of pdsPorts.entries()) {
    running.pdss.push(await startPds(index, requested, running.plc.url, dataRoot))
  }
  emit({
    ready: true,
    plcUrl: running.plc.url,
    pds: running.pdss.map(({ url, did, adminPassword }) => ({ url, did, adminPassword })),
    dataDirectory: dataRoot,
  })
} catch (e) {
  process.stderr.write(`atproto peer: could not start: ${e?.stack ?? e}\n`)
  await stop(1)
}
