import { z } from 'zod'

// zod 4 compiles a fast parser per object schema with `new Function`, which the app's
// Content-Security-Policy forbids (no 'unsafe-eval'; scripts/vite/content-security-policy.ts).
// Even its probe for eval would be reported as a violation, so it is told up front. It decides
// when a schema is created, so this module is the first one src/main.tsx imports.
z.config({ jitless: true })
