// How a page learns who answers its `api/` requests. `npm start` and a static host serve the app with
// its simulated backend in the page (MSW); the lab server (src/server, `npm run serve`) answers them
// itself and says so in the index.html it serves, so the page starts no backend of its own.

/** `<meta name="rotation-lab-backend" content="server">`, injected by the lab server into index.html. */
export const backendHostMeta = { name: 'rotation-lab-backend', server: 'server' } as const

/**
 * `GET api/changes/stream` on the lab server: Server-Sent Events: `subscribed` first, then one `change` event with
 * `{ "revision": n }` for every saved change of the landscape, whoever made it.
 */
export const changeStreamPath = 'changes/stream'

/** The `event:` name of a change on the stream. */
export const changeEventName = 'change'

/** The stream's first event, sent once the server listens: nothing saved after it is missed. */
export const subscribedEventName = 'subscribed'
