// The reference side of Plaza's firehose benchmark (bench: FirehoseBenchmark): reads a recording of
// #commit frames (each preceded by its length, 4 bytes big-endian) and does with each frame what
// @atproto/sync's Firehose does with a message from its subscription: the frame is read by
// @atproto/xrpc-server (ensureChunkIsMessage: header and body through @atproto/lex-cbor), typed and
// validated against the subscribeRepos lexicon as Firehose's Subscription validates it, and a #commit
// goes through parseCommitUnauthenticated: readCar over its blocks (each block checked against its CID)
// and cborToLexRecord for the record of each create and update.
//
// With a positive verify count it also times parseCommitAuthenticated (the path Firehose takes unless
// unauthenticatedCommits is set: verifyProofs checks the commit's signature and each op's MST proof) over
// that many frames, the keys coming from the recording's accounts file instead of a DID resolver.
//
//   node firehose-bench.mjs RECORDING.frames ACCOUNTS [warmups=2] [runs=5] [verifyFrames=0] [verifyRuns=1]
//
// Prints one line per run, then `result {json}`: for each pass, frames/s and frames per CPU-second of each timed run.
import { readFileSync } from 'node:fs'
import { isPlainObject } from '@atproto/lex-data'
import { parseCommitAuthenticated, parseCommitUnauthenticated } from '@atproto/sync'
import { ensureChunkIsMessage } from '@atproto/xrpc-server'

// @atproto/sync's generated lexicons, which its Firehose validates with, are not among its exports.
const { com } = await import(new URL('./node_modules/@atproto/sync/dist/lexicons/index.js', import.meta.url))
const subscribeRepos = com.atproto.sync.subscribeRepos

const [recordingPath, accountsPath, warmupsArg = '2', runsArg = '5', verifyArg = '0', verifyRunsArg = '1'] =
  process.argv.slice(2)
if (!recordingPath || !accountsPath) {
  console.error('usage: node firehose-bench.mjs RECORDING.frames ACCOUNTS [warmups] [runs] [verifyFrames] [verifyRuns]')
  process.exit(2)
}
const warmups = Number(warmupsArg)
const runs = Number(runsArg)
const verifyFrames = Number(verifyArg)
const verifyRuns = Number(verifyRunsArg)

const frames = readFrames(recordingPath)
const keys = readKeys(accountsPath)
const idResolver = { did: { resolveAtprotoKey: async (did) => keys.get(did) } }
console.log(`read ${frames.length} frames; Node ${process.version}, @atproto/sync ${syncVersion()}`)

/** What Firehose's Subscription does with one binary message: read the frame, type it, validate it. */
function event(bytes) {
  const message = ensureChunkIsMessage(bytes)
  const t = message.header.t
  const typedBody = isPlainObject(message.body)
    ? t !== undefined
      ? { ...message.body, $type: t.startsWith('#') ? subscribeRepos.$lxm + t : t }
      : message.body
    : undefined
  const result = subscribeRepos.$message.safeParse(typedBody)
  if (!result.success) {
    throw new Error(`frame does not validate: ${result.reason}`)
  }
  return result.value
}

async function decodeAll(count) {
  let records = 0
  for (let i = 0; i < count; i++) {
    const evt = event(frames[i])
    if (!subscribeRepos.commit.$isTypeOf(evt)) {
      throw new Error(`frame ${i} is not a #commit`)
    }
    const writes = await parseCommitUnauthenticated(evt, null)
    for (const write of writes) {
      if (write.record) records++
    }
  }
  return records
}

async function verifyAll(count) {
  let records = 0
  for (let i = 0; i < count; i++) {
    const evt = event(frames[i])
    const writes = await parseCommitAuthenticated(idResolver, evt, null)
    if (writes.length !== evt.ops.length) {
      throw new Error(`frame ${i}: ${writes.length} of its ${evt.ops.length} ops verified`)
    }
    for (const write of writes) {
      if (write.record) records++
    }
  }
  return records
}

/** Frames/s of each timed run, and frames per second of the process's CPU time (all its threads). */
async function timed(name, count, warmupRuns, timedRuns, pass) {
  const rates = []
  const cpuRates = []
  for (let run = 1 - warmupRuns; run <= timedRuns; run++) {
    const cpuBefore = process.cpuUsage()
    const start = process.hrtime.bigint()
    const records = await pass(count)
    const seconds = Number(process.hrtime.bigint() - start) / 1e9
    const cpu = process.cpuUsage(cpuBefore)
    const cpuSeconds = (cpu.user + cpu.system) / 1e6
    const rate = count / seconds
    console.log(`${name} ${run <= 0 ? 'warm-up' : 'run ' + run}: ${count} frames, ${records} records in ` +
      `${seconds.toFixed(2)} s, ${Math.round(rate)} frames/s; ${(cpuSeconds / seconds).toFixed(1)} cores busy`)
    if (run > 0) {
      rates.push(rate)
      cpuRates.push(count / cpuSeconds)
    }
  }
  return { rates, cpuRates }
}

const decode = await timed('decode', frames.length, warmups, runs, decodeAll)
const verify = verifyFrames > 0
  ? await timed('verify', Math.min(verifyFrames, frames.length), 1, verifyRuns, verifyAll)
  : { rates: [], cpuRates: [] }
const maxRssMiB = Math.round(process.resourceUsage().maxRSS / 1024)
console.log('result ' + JSON.stringify({ decode, verify, verifyFrames: Math.min(verifyFrames, frames.length), maxRssMiB }))

function readFrames(path) {
  const file = readFileSync(path)
  const list = []
  for (let offset = 0; offset < file.length;) {
    const length = file.readUInt32BE(offset)
    list.push(file.subarray(offset + 4, offset + 4 + length))
    offset += 4 + length
  }
  return list
}

function readKeys(path) {
  const map = new Map()
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (line) {
      const [did, key] = line.split(' ')
      map.set(did, key)
    }
  }
  return map
}

function syncVersion() {
  return JSON.parse(readFileSync(new URL('./node_modules/@atproto/sync/package.json', import.meta.url), 'utf8')).version
}
