// The picture of the view with a caption line under it, as a PNG a person can save or print: the stage's
// capture (rendered and read in one task, so never blank) drawn on a 2D canvas with one line of text.

/** A PNG data URL of `picture` with `caption` written under it (ellipsis where the line is too long). */
export async function captionedPicture(picture: string, caption: string): Promise<string> {
  const img = new Image()
  img.src = picture
  await img.decode()
  const scale = Math.max(1, Math.round(img.naturalWidth / 900))
  const pad = 12 * scale
  const font = 16 * scale
  const canvas = document.createElement('canvas')
  canvas.width = img.naturalWidth
  canvas.height = img.naturalHeight + font + pad * 2
  const g = canvas.getContext('2d')
  if (!g) return picture
  g.fillStyle = '#ffffff'
  g.fillRect(0, 0, canvas.width, canvas.height)
  g.drawImage(img, 0, 0)
  g.fillStyle = '#1f2937'
  g.font = `${font}px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif`
  g.textBaseline = 'top'
  let line = caption
  const room = canvas.width - pad * 2
  while (line.length > 1 && g.measureText(line).width > room) line = `${line.slice(0, -2)}…`
  g.fillText(line, pad, img.naturalHeight + pad)
  return canvas.toDataURL('image/png')
}

/** Saves a data URL as a file (the browser's download). */
export function download(dataUrl: string, fileName: string): void {
  const a = document.createElement('a')
  a.href = dataUrl
  a.download = fileName
  a.rel = 'noopener'
  document.body.append(a)
  a.click()
  a.remove()
}
