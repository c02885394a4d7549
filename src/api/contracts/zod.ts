import { z } from 'zod'

// zod 4 compiles a fast parser per object schema with `new Function`, which the app's
// Content-Security-Policy forbids (no 'unsafe-eval'; scripts/vite/content-security-policy.ts), and
// even its probe for eval is reported as a violation. It probes when a schema is created, so the
// setting must be in force before the first one. Every module that creates schemas takes `z` from
// here (lint forbids importing it from 'zod'): the import order guarantees it, whichever chunk of a
// production build a schema lands in. (An import at the top of src/main.tsx did not: a schema in a
// chunk shared with the lazy apps was created before main's own code ran.)
z.config({ jitless: true })

export { z }
