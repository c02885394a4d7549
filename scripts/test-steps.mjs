// `npm test`: the project's checks in order, and how long each took.
//
// Type checking and linting are single-threaded and read the same files: on CI's two cores they run
// side by side (each prints its output once it is done, so the log stays readable). Everything after
// them uses both cores on its own. The first failing step stops the run with its exit code.
import { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import { Console } from 'node:console'
import process from 'node:process'

const console = new Console(process.stdout, process.stderr)

/** Each stage runs its steps at the same time; stages run one after the other. */
const stages = [
  ['typecheck', 'lint'],
  ['test:unit'],
  ['build'],
  ['test:e2e'],
  ['test:dev-start'],
  ['bench:web:measure'],
]

const timings = []

function runScript(name, { buffered }) {
  const started = Date.now()
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', name], {
      stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    })
    const output = []
    if (buffered) {
      child.stdout.on('data', (chunk) => output.push(chunk))
      child.stderr.on('data', (chunk) => output.push(chunk))
    }
    child.on('close', (code, signal) => {
      const seconds = (Date.now() - started) / 1000
      timings.push({ name, seconds, code: code ?? 1 })
      if (buffered) {
        process.stdout.write(`\n> npm run ${name} (${seconds.toFixed(0)} s)\n`)
        process.stdout.write(Buffer.concat(output))
      }
      resolve(code ?? (signal ? 1 : 0))
    })
  })
}

function printTimings(total) {
  const width = Math.max(...timings.map((t) => t.name.length))
  console.log('\nnpm test, step by step:')
  for (const { name, seconds, code } of timings) {
    const status = code === 0 ? '' : `  (failed, exit ${code})`
    console.log(`  ${name.padEnd(width)}  ${formatSeconds(seconds)}${status}`)
  }
  console.log(`  ${'total'.padEnd(width)}  ${formatSeconds(total)}`)
}

function formatSeconds(seconds) {
  const minutes = Math.floor(seconds / 60)
  const rest = Math.round(seconds - minutes * 60)
  return minutes > 0 ? `${minutes} min ${String(rest).padStart(2, ' ')} s` : `${rest} s`.padStart(8)
}

const started = Date.now()
let failed = 0
for (const stage of stages) {
  if (stage.length === 1) console.log(`\n> npm run ${stage[0]}`)
  const codes = await Promise.all(
    stage.map((name) => runScript(name, { buffered: stage.length > 1 })),
  )
  failed = codes.find((code) => code !== 0) ?? 0
  if (failed) break
}
printTimings((Date.now() - started) / 1000)
process.exit(failed)
