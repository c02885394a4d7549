// How a page learns who answers its `api/` requests. `npm start` and a static host serve the app with
// its simulated backend in the page (MSW); the lab server (src/server, `npm run serve`) answers them
// itself and says so in the index.html it serves, so the page starts no backend of its own.

/** `<meta name="rotation-lab-backend" content="server">`, injected by the lab server into index.html. */
export const backendHostMeta = { name: 'rotation-lab-backend', server: 'server' } as const

/**
 * `<meta name="rotation-lab-page" content="instructor">`, injected by the lab server into the index.html
 * it serves at `/instructor/`: the page shows the instructor's screen (landscapes of the server, through
 * `/admin/`), not a landscape's launchpad. Never present in the browser-only mode.
 */
export const instructorPageMeta = { name: 'rotation-lab-page', instructor: 'instructor' } as const

/** Where the lab server serves the instructor page; its API is `/admin/`, a sibling path. */
export const instructorPagePath = '/instructor/'

/**
 * `GET api/changes/stream` on the lab server: Server-Sent Events: `subscribed` first, then one `change` event with
 * `{ "revision": n }` for every saved change of the landscape, whoever made it.
 */
export const changeStreamPath = 'changes/stream'

/** The `event:` name of a change on the stream. */
export const changeEventName = 'change'

/** The stream's first event, sent once the server listens: nothing saved after it is missed. */
export const subscribedEventName = 'subscribed'
