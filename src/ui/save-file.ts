/**
 * Hands bytes to the browser as a real download under `fileName`. An object URL plus `<a download>`
 * keeps the server's file name and works for a response that came through fetch (the service worker).
 */
export function saveFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob)
  const anchor = document.createElement('a')
  anchor.href = url
  anchor.download = fileName
  anchor.hidden = true
  document.body.append(anchor)
  anchor.click()
  anchor.remove()
  // Revoking at once can cancel the download in some browsers; a minute later nothing needs it.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000)
}
